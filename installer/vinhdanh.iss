; Inno Setup script: packs dist\VinhDanh (made by installer\build.py) into VinhDanh-Setup.exe.
; Per-user install (no administrator rights needed in an office), Start-menu shortcut to the
; windowed program, and an uninstaller that leaves the user's data (%LOCALAPPDATA%\VinhDanh).
; Not yet run: it needs Inno Setup 6 on Windows (iscc installer\vinhdanh.iss).

#define AppName "Vinh Danh"
#define AppVersion "0.1.0"

[Setup]
AppId={{4E7B6A52-1C0B-4F4B-9F8E-6A0D8C1F2B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Vinh Danh
DefaultDirName={localappdata}\Programs\VinhDanh
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=VinhDanh-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayName={#AppName}

[Languages]
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\VinhDanh\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Vinh Danh.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\Vinh Danh.exe"; Tasks: desktopicon

[Run]
; The installed program must start before the user is told it is ready.
Filename: "{app}\vinhdanh.exe"; Parameters: "--smoke-test"; Flags: runhidden waituntilterminated; StatusMsg: "Kiểm tra chương trình…"
Filename: "{app}\Vinh Danh.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
