; Inno Setup 6 script: packs dist\VinhDanh (made by installer\build.py) into VinhDanh-Setup-<version>.exe.
;
;   iscc /DAppVersion=0.1.0 installer\vinhdanh.iss
;
; - Per user, without administrator rights, by default (PrivilegesRequired=lowest); the first
;   page lets an administrator install for everyone instead (PrivilegesRequiredOverridesAllowed).
;   Silent per-user install: VinhDanh-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER
; - Setup pages in Vietnamese (chosen on a Vietnamese Windows) and English. Vietnamese.isl is an
;   unofficial Inno Setup translation (Files\Languages\Unofficial in jrsoftware/issrc), not
;   installed with Inno Setup: .github/workflows/windows.yml downloads it beside this script.
; - Start-menu shortcut; desktop shortcut when ticked.
; - Meeting packages (.vinhdanh) open in the program by double-click: it asks before adding the
;   meeting (desktop/ui/startup.py). Registered under Software\Classes of HKCU (HKLM when
;   installed for everyone).
; - Uninstalling keeps the user's data (%LOCALAPPDATA%\VinhDanh: database, backups, templates)
;   unless the user says to delete it; a silent uninstall always keeps it.
; - Code signing: pass /DSignToolName=NAME and define the tool with /SNAME=... (see the
;   workflow); without it the setup program is built unsigned.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Vinh Danh"
#define AppPublisher "Vinh Danh"
#define AppExe "Vinh Danh.exe"
#define ConsoleExe "vinhdanh.exe"
#define ProgId "VinhDanh.MeetingPackage"

#if PREPROCVER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (UTF-8 script and language file without BOM)
#endif
#if !FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #error installer\Vietnamese.isl is missing: download Files/Languages/Unofficial/Vietnamese.isl from jrsoftware/issrc (see .github/workflows/windows.yml)
#endif

[Setup]
AppId={{4E7B6A52-1C0B-4F4B-9F8E-6A0D8C1F2B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=© {#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} – cài đặt
VersionInfoCopyright=© {#AppPublisher}
DefaultDirName={autopf}\VinhDanh
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
UsePreviousPrivileges=yes
ShowLanguageDialog=auto
OutputDir=..\dist
OutputBaseFilename=VinhDanh-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
; Vietnamese first: the default where Windows' language is neither of the two.
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vietnamese.PackageFileType=Gói hội nghị Vinh Danh
english.PackageFileType=Vinh Danh meeting package
vietnamese.DeleteDataQuestion=Xóa luôn dữ liệu của Vinh Danh (cơ sở dữ liệu, bản sao lưu, mẫu giấy khen) trong thư mục%n%1 ?%n%nChọn "Không" để giữ lại dữ liệu (nên giữ nếu sẽ cài lại hoặc chưa sao lưu).
english.DeleteDataQuestion=Also delete the Vinh Danh data (database, backups, certificate templates) in%n%1 ?%n%nChoose No to keep it (keep it if you will install again or have no backup).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\VinhDanh\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .vinhdanh -> the program's own file type; "%1" is the double-clicked package.
Root: HKA; Subkey: "Software\Classes\.vinhdanh"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.vinhdanh\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".vinhdanh"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ Uninstall keeps the data folder unless the user asks to delete it; silent uninstalls keep it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) then
  begin
    DataDir := ExpandConstant('{localappdata}\VinhDanh');
    if DirExists(DataDir) and
       (MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir]),
               mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES) then
    begin
      DelTree(DataDir, True, True, True);
      { The settings (window size, language) live in the roaming profile. }
      DelTree(ExpandConstant('{userappdata}\VinhDanh'), True, True, True);
    end;
  end;
end;
