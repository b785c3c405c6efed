<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../desktop/ui/editors/meeting/agenda.py" line="25"/>
        <source>Add item</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/agenda.py" line="36"/>
        <source>Notes taken during this item</source>
        <translation>Ghi chép diễn biến của nội dung này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/agenda.py" line="38"/>
        <source>Conclusion of this item</source>
        <translation>Kết luận của nội dung này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/agenda.py" line="48"/>
        <source>Notes</source>
        <translation>Ghi chép</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/agenda.py" line="49"/>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/agenda.py" line="93"/>
        <source>Edit agenda item</source>
        <translation>Sửa nội dung</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../desktop/ui/editors/meeting/attendance.py" line="74"/>
        <source>Add attendee</source>
        <translation>Thêm đại biểu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/attendance.py" line="83"/>
        <source>Paste from Excel</source>
        <translation>Dán từ Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/attendance.py" line="86"/>
        <source>Sort by role and name</source>
        <translation>Sắp xếp theo vai trò và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/attendance.py" line="92"/>
        <source>Sort attendees</source>
        <translation>Sắp xếp thành phần</translation>
    </message>
</context>
<context>
    <name>AwardTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/awards.py" line="36"/>
        <location filename="../../desktop/ui/models/awards.py" line="49"/>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/awards.py" line="38"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/awards.py" line="60"/>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/awards.py" line="74"/>
        <source>? choose</source>
        <translation>? chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/awards.py" line="97"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/awards.py" line="103"/>
        <source>Name</source>
        <translation>Tên người, tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/awards.py" line="108"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/awards.py" line="113"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/awards.py" line="118"/>
        <source>Own reason</source>
        <translation>Thành tích riêng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/awards.py" line="124"/>
        <source>Salutation</source>
        <translation>Danh xưng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/awards.py" line="151"/>
        <source>Already awarded: {0}</source>
        <translation>đã được khen: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/awards.py" line="210"/>
        <source>Choose from directory</source>
        <translation>Chọn từ danh bạ</translation>
    </message>
</context>
<context>
    <name>AwardsPreviewModel</name>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="52"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="53"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="54"/>
        <source>Name</source>
        <translation>Tên người, tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="55"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="56"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="57"/>
        <source>Own reason</source>
        <translation>Thành tích riêng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="82"/>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="82"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../desktop/ui/pages/backup_box.py" line="30"/>
        <source>Automatic backups</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backup_box.py" line="34"/>
        <source>Back up when the program closes and once a day (7 daily, 4 weekly copies)</source>
        <translation>Sao lưu khi đóng chương trình và mỗi ngày một lần (giữ 7 bản theo ngày, 4 bản theo tuần)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backup_box.py" line="40"/>
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backup_box.py" line="41"/>
        <source>For example a folder on a USB drive</source>
        <translation>Ví dụ một thư mục trên ổ USB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backup_box.py" line="43"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backup_box.py" line="46"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backup_box.py" line="57"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backup_box.py" line="61"/>
        <source>Last backup</source>
        <translation>Lần sao lưu gần nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backup_box.py" line="70"/>
        <source>No automatic backup yet</source>
        <translation>Chưa có bản sao lưu tự động nào</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backup_box.py" line="79"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backup_box.py" line="87"/>
        <source>Folder for automatic backups</source>
        <translation>Thư mục lưu bản sao lưu tự động</translation>
    </message>
</context>
<context>
    <name>CalibrationWizard</name>
    <message>
        <location filename="../../desktop/ui/pages/calibration/wizard.py" line="34"/>
        <source>Printer calibration</source>
        <translation>Căn chỉnh máy in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/wizard.py" line="37"/>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/wizard.py" line="38"/>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/wizard.py" line="39"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/wizard.py" line="40"/>
        <source>Save offsets</source>
        <translation>Lưu độ lệch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/wizard.py" line="90"/>
        <source>Printer “{0}” is not installed here: save the page as PDF</source>
        <translation>Máy tính này không có máy in “{0}”: lưu trang thành tệp PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/wizard.py" line="92"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/wizard.py" line="98"/>
        <source>Saved to {0}. Print it at actual size (100 %) on printer “{1}”.</source>
        <translation>Đã lưu vào {0}. Hãy in tệp này ở cỡ thực (100 %) trên máy in “{1}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/wizard.py" line="106"/>
        <source>Sent to printer “{0}”.</source>
        <translation>Đã gửi đến máy in “{0}”.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="64"/>
        <source>Step 1 of 4: the printer and the paper</source>
        <translation>Bước 1/4: chọn máy in và khổ giấy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="81"/>
        <source>Every printer shifts the page a little, and each paper tray differently. Choose the printer you print certificates on and the paper size of the blanks (A4 for most Giấy khen, A3 for Bằng khen). The offsets are kept for this printer and this paper size.</source>
        <translation>Máy in nào cũng in lệch đi một chút, mỗi khay giấy lệch một kiểu. Hãy chọn máy in dùng để in giấy khen và khổ giấy của phôi (thường A4 cho Giấy khen, A3 cho Bằng khen). Độ lệch được lưu riêng cho máy in này và khổ giấy này.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="89"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="90"/>
        <source>Paper size</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="110"/>
        <source>This printer is not installed on this computer: the pages will be saved as PDF files to print on the computer that has it.</source>
        <translation>Máy in này không được cài trên máy tính này: các trang sẽ được lưu thành tệp PDF để in trên máy tính có máy in đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="117"/>
        <source>Saved now for {0}: X = {1} mm, Y = {2} mm.</source>
        <translation>Đang lưu cho khổ {0}: X = {1} mm, Y = {2} mm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="122"/>
        <source>Not calibrated yet for {0}.</source>
        <translation>Chưa căn chỉnh cho khổ {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="124"/>
        <source>Choose a printer or type its name as Windows shows it.</source>
        <translation>Chọn máy in, hoặc gõ tên máy in đúng như Windows hiển thị.</translation>
    </message>
</context>
<context>
    <name>DatabaseOp</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="150"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="151"/>
        <source>Please wait</source>
        <translation>Xin chờ</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="74"/>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>ngày/tháng/năm giờ:phút</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="74"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="84"/>
        <source>Choose on a calendar</source>
        <translation>Chọn trên lịch</translation>
    </message>
</context>
<context>
    <name>DecisionDocuments</name>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="54"/>
        <source>Pre-printed blanks</source>
        <translation>In trên phôi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="59"/>
        <source>List attached to the decision</source>
        <translation>Danh sách kèm theo quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="61"/>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="315"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="67"/>
        <source>One file per recipient…</source>
        <translation>Mỗi người một tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="70"/>
        <source>Export list…</source>
        <translation>Xuất danh sách…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="73"/>
        <source>Export decision…</source>
        <translation>Xuất quyết định…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="178"/>
        <source>⚠ {0} texts do not fit or cannot be printed:</source>
        <translation>⚠ {0} chỗ chữ không vừa khung hoặc không in được:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="205"/>
        <source>certificates</source>
        <translation>giấy khen, giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="212"/>
        <source>{0} of the selected recipient</source>
        <translation>{0} của người đang chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="215"/>
        <source>Print only the variable text, on pre-printed blanks (phôi) of the {0}</source>
        <translation>Chỉ in phần chữ thay đổi, lên phôi {0} in sẵn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="219"/>
        <source>Export {0}…</source>
        <translation>Xuất {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="241"/>
        <source>{0} written. Please note:</source>
        <translation>Đã ghi {0}. Xin lưu ý:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="266"/>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="276"/>
        <source>Writing {0}…</source>
        <translation>Đang ghi {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="290"/>
        <source>Export {0}</source>
        <translation>Xuất {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="292"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="299"/>
        <source>Folder for the {0}</source>
        <translation>Thư mục để ghi {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="305"/>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="307"/>
        <source>Export list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="309"/>
        <source>Excel (*.xlsx);;PDF (*.pdf);;Word (*.docx)</source>
        <translation>Excel (*.xlsx);;PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="317"/>
        <source>Export decision</source>
        <translation>Xuất quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/documents.py" line="319"/>
        <source>Word (*.docx);;PDF (*.pdf)</source>
        <translation>Word (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/printing.py" line="75"/>
        <location filename="../../desktop/ui/editors/decision/printing.py" line="85"/>
        <source>Preparing {0} for the printer…</source>
        <translation>Đang chuẩn bị {0} để in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/printing.py" line="87"/>
        <source>the document</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/printing.py" line="116"/>
        <location filename="../../desktop/ui/editors/decision/printing.py" line="134"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/printing.py" line="117"/>
        <source>These {0} will not print as they should:</source>
        <translation>Những {0} này sẽ không in được như mong muốn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/printing.py" line="123"/>
        <source>Print anyway? (Texts that do not fit are cut at their box.)</source>
        <translation>Vẫn in? (Chữ không vừa khung sẽ bị cắt theo khung.)</translation>
    </message>
</context>
<context>
    <name>DesignerMenus</name>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="45"/>
        <source>&amp;Template</source>
        <translation>&amp;Mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="46"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="47"/>
        <source>Save as a &amp;copy…</source>
        <translation>Lưu thành &amp;bản sao…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="48"/>
        <source>Re&amp;name…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="50"/>
        <source>&amp;Export to a file…</source>
        <translation>&amp;Xuất ra tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="51"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="52"/>
        <source>&amp;Reset to the built-in template</source>
        <translation>&amp;Trả về mẫu có sẵn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="54"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="55"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="56"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="57"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="59"/>
        <source>&amp;Add a field</source>
        <translation>&amp;Thêm trường</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="64"/>
        <source>Add a field…</source>
        <translation>Thêm trường…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="68"/>
        <source>Add an &amp;image (emblem, logo, signature)…</source>
        <translation>Thêm &amp;ảnh (quốc huy, logo, chữ ký)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="69"/>
        <source>Re&amp;move the field</source>
        <translation>&amp;Xóa trường</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="70"/>
        <source>Next field</source>
        <translation>Trường tiếp theo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="71"/>
        <source>Previous field</source>
        <translation>Trường trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="73"/>
        <source>Move left by 1 mm</source>
        <translation>Sang trái 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="74"/>
        <source>Move right by 1 mm</source>
        <translation>Sang phải 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="75"/>
        <source>Move up by 1 mm</source>
        <translation>Lên trên 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="76"/>
        <source>Move down by 1 mm</source>
        <translation>Xuống dưới 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="79"/>
        <source>Wider by 1 mm</source>
        <translation>Rộng thêm 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="80"/>
        <source>Narrower by 1 mm</source>
        <translation>Hẹp bớt 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="81"/>
        <source>Taller by 1 mm</source>
        <translation>Cao thêm 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="82"/>
        <source>Shorter by 1 mm</source>
        <translation>Thấp bớt 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="83"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="86"/>
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="92"/>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="96"/>
        <source>&amp;Fit the page</source>
        <translation>&amp;Vừa trang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="97"/>
        <source>&amp;Snap to 0.5 mm</source>
        <translation>&amp;Bắt lưới 0,5 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="104"/>
        <source>&amp;Scan</source>
        <translation>Ả&amp;nh phôi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="105"/>
        <source>&amp;Load a scan of the blank…</source>
        <translation>&amp;Mở ảnh quét phôi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="107"/>
        <source>&amp;Align the scan by two marks…</source>
        <translation>&amp;Căn ảnh theo hai điểm mốc…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/menus.py" line="109"/>
        <source>&amp;Remove the scan</source>
        <translation>&amp;Bỏ ảnh phôi</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <location filename="../../desktop/ui/pages/designer/window.py" line="313"/>
        <source>Image for the certificate</source>
        <translation>Ảnh đặt trên giấy khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/window.py" line="315"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/window.py" line="129"/>
        <source>Template designer — {0} (version {1})</source>
        <translation>Thiết kế mẫu — {0} (phiên bản {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/window.py" line="221"/>
        <source>Does not fit: {0}</source>
        <translation>Không vừa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/window.py" line="374"/>
        <source>Template designer</source>
        <translation>Thiết kế mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/window.py" line="375"/>
        <source>Save the changes to this template?</source>
        <translation>Lưu các thay đổi của mẫu này?</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../desktop/ui/models/directory.py" line="36"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directory.py" line="37"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directory.py" line="38"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directory.py" line="39"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/directory.py" line="40"/>
        <source>Awards</source>
        <translation>Số lần khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="75"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="76"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="78"/>
        <source>Award form</source>
        <translation>Hình thức khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="82"/>
        <source>Title and unit then</source>
        <translation>Chức vụ, đơn vị khi đó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="109"/>
        <source>Filter by name, title or unit (no accents needed)</source>
        <translation>Lọc theo tên, chức vụ, đơn vị (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="113"/>
        <source>Move to recycle bin</source>
        <translation>Chuyển vào Thùng rác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="115"/>
        <source>Find duplicates…</source>
        <translation>Tìm người trùng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="117"/>
        <source>People entered twice (same name and unit, or one letter apart): merge them</source>
        <translation>Người bị nhập hai lần (cùng họ tên và đơn vị, hoặc khác một chữ): gộp lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="126"/>
        <source>Names typed in a list and then changed or removed: they have no award and nothing refers to them</source>
        <translation>Những tên đã gõ vào một danh sách rồi sửa hoặc xoá: không có khen thưởng nào và không còn nơi nào dùng đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="258"/>
        <source>Remove {0} unused name(s)…</source>
        <translation>Xoá {0} tên không còn dùng đến…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="271"/>
        <source>… and {0} more</source>
        <translation>… và {0} tên khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="274"/>
        <source>Remove unused names</source>
        <translation>Xoá tên không còn dùng đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="276"/>
        <source>These {0} names have no award and nothing refers to them (typed in a list and then changed or removed). Remove them from the directory?</source>
        <translation>{0} tên dưới đây không có khen thưởng nào và không còn nơi nào dùng đến (đã gõ vào một danh sách rồi sửa hoặc xoá). Xoá các tên này khỏi danh bạ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="282"/>
        <source>Remove</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="283"/>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="298"/>
        <source>Select a person or collective to see their awards.</source>
        <translation>Chọn một người hoặc tập thể để xem các lần được khen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/directory.py" line="305"/>
        <source>{0} awards</source>
        <translation>{0} lần được khen</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/document_panel.py" line="166"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="32"/>
        <source>{0} awards</source>
        <translation>{0} lần khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="42"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="44"/>
        <source>First record</source>
        <translation>Bản ghi thứ nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="48"/>
        <source>Second record</source>
        <translation>Bản ghi thứ hai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="74"/>
        <source>Possible duplicates</source>
        <translation>Có thể trùng người</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="87"/>
        <source>Merge, keep the first</source>
        <translation>Gộp, giữ bản thứ nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="88"/>
        <source>Merge, keep the second</source>
        <translation>Gộp, giữ bản thứ hai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="89"/>
        <source>Scan again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="90"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="110"/>
        <source>Looking for people and collectives entered twice…</source>
        <translation>Đang tìm người và tập thể bị nhập hai lần…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="128"/>
        <source>{0} pairs may be one person or one collective: same name and unit, same name and birth year, or a name one letter apart at the same unit; collectives of the same name or one letter apart. Merging keeps every award; the merged record goes to the recycle bin, and restoring it undoes the merge.</source>
        <translation>{0} cặp có thể là cùng một người hoặc một tập thể: cùng họ tên và đơn vị, cùng họ tên và năm sinh, hoặc họ tên khác một chữ trong cùng đơn vị; tập thể cùng tên hoặc tên khác một chữ. Gộp giữ lại mọi lần khen; bản ghi bị gộp vào Thùng rác, khôi phục nó là hoàn tác việc gộp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="111"/>
        <source>Comparing people in the directory…</source>
        <translation>Đang so sánh những người trong danh bạ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="134"/>
        <source>No one seems to be entered twice.</source>
        <translation>Không thấy ai bị nhập hai lần.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="150"/>
        <source>{0} was merged into {1}. Restore it from the recycle bin to undo.</source>
        <translation>Đã gộp {0} vào {1}. Khôi phục từ Thùng rác để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/duplicates.py" line="168"/>
        <source>The scan was stopped.</source>
        <translation>Đã dừng tìm.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="29"/>
        <source>Some {0} cannot be printed:</source>
        <translation>Một số {0} chưa in được:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="33"/>
        <source>… and {0} more</source>
        <translation>… và {0} mục khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="48"/>
        <source>Something went wrong that should not have. The details are in the log file {0}</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Chi tiết đã được ghi vào tệp nhật ký {0}</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="51"/>
        <source>Full render (plain paper)</source>
        <translation>In toàn bộ (giấy trắng)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="52"/>
        <source>Pre-printed blank</source>
        <translation>In lên phôi in sẵn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="53"/>
        <source>&amp;Decision</source>
        <translation>&amp;Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="54"/>
        <source>&amp;Recipient</source>
        <translation>&amp;Người được khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="55"/>
        <source>&amp;Mode</source>
        <translation>&amp;Cách in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="57"/>
        <source>Fields</source>
        <translation>Các trường</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="83"/>
        <source>%1 (installed)</source>
        <translation>%1 (đã cài trên máy)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="102"/>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="103"/>
        <source>Centre</source>
        <translation>Giữa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="104"/>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="112"/>
        <source>UPPER CASE</source>
        <translation>CHỮ HOA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="113"/>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="114"/>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="118"/>
        <source>plain paper</source>
        <translation>giấy trắng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="119"/>
        <source>pre-printed blank</source>
        <translation>phôi in sẵn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="120"/>
        <source>person</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="121"/>
        <source>collective</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="132"/>
        <source>&amp;Text</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="133"/>
        <source>F&amp;ont</source>
        <translation>&amp;Phông chữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="134"/>
        <source>&amp;Size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="135"/>
        <source>Mi&amp;nimum size</source>
        <translation>Cỡ nhỏ &amp;nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="136"/>
        <source>Ma&amp;x lines</source>
        <translation>Số &amp;dòng tối đa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="137"/>
        <source>&amp;Alignment</source>
        <translation>Căn &amp;lề</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="138"/>
        <source>&amp;Colour</source>
        <translation>&amp;Màu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="140"/>
        <source>Printed for</source>
        <translation>In cho</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="154"/>
        <source>Printed on</source>
        <translation>In trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="155"/>
        <source>Print the scan of the blank on plain paper</source>
        <translation>In cả ảnh phôi khi in trên giấy trắng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/panel.py" line="158"/>
        <source>Off: the scan only helps place the fields on screen; on plain paper the template&apos;s own art is printed without it.</source>
        <translation>Bỏ chọn: ảnh phôi chỉ để căn các trường trên màn hình; khi in trên giấy trắng chỉ in hình trang trí của mẫu, không in ảnh phôi.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="52"/>
        <source>Welcome to Vinh Danh</source>
        <translation>Chào mừng đến với Vinh Danh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="56"/>
        <source>Tell Vinh Danh which office it works for. These names print in the header of every minutes, decision and certificate. You can change them later in Settings.</source>
        <translation>Hãy cho Vinh Danh biết cơ quan của anh/chị. Các tên này được in ở phần đầu mọi biên bản, quyết định và giấy khen. Có thể sửa lại sau trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="62"/>
        <source>State (Decree 30/2020)</source>
        <translation>Nhà nước (Nghị định 30/2020)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="63"/>
        <source>Party</source>
        <translation>Đảng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="65"/>
        <source>e.g. Ủy ban nhân dân tỉnh Thái Nguyên</source>
        <translation>ví dụ Ủy ban nhân dân tỉnh Thái Nguyên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="67"/>
        <source>e.g. Sở Nội vụ</source>
        <translation>ví dụ Sở Nội vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="69"/>
        <source>e.g. Giám đốc, Chủ tịch, Trưởng Ban</source>
        <translation>ví dụ Giám đốc, Chủ tịch, Trưởng Ban</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="71"/>
        <source>e.g. Thái Nguyên</source>
        <translation>ví dụ Thái Nguyên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="73"/>
        <source>e.g. SNV</source>
        <translation>ví dụ SNV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="76"/>
        <source>Empty: the head&apos;s title</source>
        <translation>Để trống: chức danh người đứng đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="86"/>
        <source>Document style</source>
        <translation>Thể thức văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="87"/>
        <source>Parent body (header line 1)</source>
        <translation>Cơ quan chủ quản (dòng 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="88"/>
        <source>Name (header line 2)</source>
        <translation>Tên cơ quan (dòng 2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="89"/>
        <source>Title of the head</source>
        <translation>Chức danh người đứng đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="90"/>
        <source>Place (for the date line)</source>
        <translation>Địa danh (dòng ngày tháng)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="91"/>
        <source>Abbreviation (in numbers)</source>
        <translation>Chữ viết tắt (trong số văn bản)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="92"/>
        <source>Usual signer: name</source>
        <translation>Người ký thường lệ: họ tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="93"/>
        <source>Usual signer: title</source>
        <translation>Người ký thường lệ: chức vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="94"/>
        <source>Signer signs as</source>
        <translation>Người ký: quyền hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="95"/>
        <source>Printed as</source>
        <translation>Sẽ in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="99"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="102"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="144"/>
        <source>Type the name of the office (header line 2).</source>
        <translation>Hãy nhập tên cơ quan (dòng 2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="146"/>
        <source>Type the title of the head of the office, e.g. Giám đốc.</source>
        <translation>Hãy nhập chức danh người đứng đầu cơ quan, ví dụ Giám đốc.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/first_start.py" line="172"/>
        <source>Type the name and the head&apos;s title to see how papers will be signed.</source>
        <translation>Nhập tên cơ quan và chức danh người đứng đầu để xem giấy tờ sẽ được ký thế nào.</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="80"/>
        <source>Title of who delegates</source>
        <translation>Chức danh người giao quyền</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="82"/>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="84"/>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="86"/>
        <source>Đã có thành tích …</source>
        <translation>Đã có thành tích …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="89"/>
        <source>Per person, đồng</source>
        <translation>Mỗi cá nhân, đồng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="91"/>
        <source>Per collective, đồng</source>
        <translation>Mỗi tập thể, đồng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="93"/>
        <source>Taken from (the fund)</source>
        <translation>Trích từ (quỹ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="102"/>
        <source>Optional: the money that goes with the award, printed as an article of the decision after Điều 1 (e.g. 300.000). Leave the amounts empty for none.</source>
        <translation>Không bắt buộc: tiền thưởng kèm theo hình thức khen, in thành một điều của quyết định sau Điều 1 (ví dụ 300.000). Để trống số tiền nếu không có.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="119"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="119"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="129"/>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="131"/>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="134"/>
        <source>Signs as</source>
        <translation>Quyền hạn ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="137"/>
        <source>Award form</source>
        <translation>Hình thức khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="138"/>
        <source>Default reason</source>
        <translation>Thành tích chung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="140"/>
        <source>Reward money</source>
        <translation>Tiền thưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/header.py" line="228"/>
        <source>The decision needs a date (dd/mm/yyyy).</source>
        <translation>Quyết định cần có ngày ký (ngày/tháng/năm).</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="59"/>
        <source>e.g. Year-end review conference</source>
        <translation>VD: Hội nghị tổng kết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="61"/>
        <source>e.g. 12/BB-SNV (left blank on the minutes)</source>
        <translation>VD: 12/BB-SNV (để trống thì biên bản chừa chỗ ghi số)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="68"/>
        <source>Name (title); Name (title)</source>
        <translation>Họ tên (chức vụ); Họ tên (chức vụ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="76"/>
        <source>Title</source>
        <translation>Tên hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="77"/>
        <source>Kind</source>
        <translation>Loại hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="78"/>
        <source>Minutes number</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="81"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="87"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="88"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="89"/>
        <source>Organiser</source>
        <translation>Cơ quan tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="90"/>
        <source>Chaired by</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="94"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="95"/>
        <source>Overall conclusions</source>
        <translation>Kết luận chung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="106"/>
        <source>Edit details</source>
        <translation>Sửa thông tin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="158"/>
        <source>Edit conclusions</source>
        <translation>Sửa kết luận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="207"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>Giờ kết thúc không thể trước giờ bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/header.py" line="234"/>
        <source>Change organiser</source>
        <translation>Đổi cơ quan tổ chức</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="50"/>
        <source>User guide — Vinh Danh</source>
        <translation>Hướng dẫn sử dụng — Vinh Danh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="55"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="58"/>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="60"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="105"/>
        <source>Import from Excel — {0}</source>
        <translation>Nhập từ Excel — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="109"/>
        <source>Paste from Excel — check the columns</source>
        <translation>Dán từ Excel — kiểm tra các cột</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="113"/>
        <source>Name</source>
        <translation>Tên người, tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="114"/>
        <source>Family and middle name</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="115"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="116"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="117"/>
        <source>Title, unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="118"/>
        <source>Kind (person/collective)</source>
        <translation>Loại (cá nhân/tập thể)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="119"/>
        <source>Own reason</source>
        <translation>Thành tích riêng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="120"/>
        <source>Register number</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="121"/>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="125"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="129"/>
        <source>How the columns are read</source>
        <translation>Cách đọc các cột</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="131"/>
        <source>Header row</source>
        <translation>Dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="136"/>
        <source>(not read)</source>
        <translation>(không đọc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="159"/>
        <source>Problems (fix the file or the columns)</source>
        <translation>Lỗi (sửa tệp hoặc cách đọc cột)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="162"/>
        <source>Rows passed over</source>
        <translation>Các dòng bỏ qua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="208"/>
        <source>Import {0} recipient(s)</source>
        <translation>Nhập {0} người, tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="211"/>
        <source>{0} problem(s): nothing will be imported until they are fixed.</source>
        <translation>{0} lỗi: chưa nhập gì cho đến khi sửa xong.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="217"/>
        <source>{0} recipient(s) to import, {1} row(s) passed over.</source>
        <translation>Sẽ nhập {0} người, tập thể; bỏ qua {1} dòng.</translation>
    </message>
</context>
<context>
    <name>IssueLogView</name>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="49"/>
        <source>Issued</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="53"/>
        <source>Recipient</source>
        <translation>Người, tập thể nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="56"/>
        <source>Title, unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="60"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="67"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="69"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="70"/>
        <source>(PDF file)</source>
        <translation>(tệp PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="73"/>
        <source>Reissue</source>
        <translation>Cấp lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="75"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="98"/>
        <source>Search: name, unit, decision number, form (no accents needed)</source>
        <translation>Tìm: tên, đơn vị, số quyết định, hình thức (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="120"/>
        <source>Open decision</source>
        <translation>Mở quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="122"/>
        <source>Print again to PDF…</source>
        <translation>In lại ra PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="124"/>
        <source>The chosen certificates are written again and logged as reissues</source>
        <translation>Các giấy đã chọn được in lại và ghi vào sổ là cấp lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="144"/>
        <source>No certificate matches the search.</source>
        <translation>Không có giấy nào khớp với nội dung tìm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="146"/>
        <source>No certificate has been issued yet.</source>
        <translation>Chưa cấp giấy nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="150"/>
        <source>The newest {0} certificates; search to find older ones.</source>
        <translation>{0} giấy cấp gần nhất; hãy tìm để thấy các giấy cũ hơn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="155"/>
        <source>{0} certificate(s)</source>
        <translation>{0} giấy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="180"/>
        <source>Writing {0}…</source>
        <translation>Đang ghi {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="194"/>
        <source>Print again to PDF</source>
        <translation>In lại ra PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/issue_log.py" line="194"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90"/>
        <source>Vinh Danh — {0}</source>
        <translation>Vinh Danh — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96"/>
        <location filename="../../desktop/ui/window_pages.py" line="311"/>
        <source>Meetings</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="97"/>
        <location filename="../../desktop/ui/main_window.py" line="280"/>
        <location filename="../../desktop/ui/window_actions.py" line="39"/>
        <source>New meeting</source>
        <translation>Hội nghị mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100"/>
        <source>No meetings yet. Press “New meeting” to start one.</source>
        <translation>Chưa có hội nghị nào. Bấm “Hội nghị mới” để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_pages.py" line="122"/>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="44"/>
        <location filename="../../desktop/ui/window_pages.py" line="123"/>
        <source>New decision</source>
        <translation>Quyết định mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_pages.py" line="126"/>
        <source>No decisions yet. Press “New decision” to start one.</source>
        <translation>Chưa có quyết định nào. Bấm “Quyết định mới” để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_pages.py" line="312"/>
        <source>Decisions &amp;&amp; awards</source>
        <translation>Quyết định &amp;&amp; khen thưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_pages.py" line="313"/>
        <source>People &amp;&amp; collectives</source>
        <translation>Danh bạ người, tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_pages.py" line="314"/>
        <source>Certificate templates</source>
        <translation>Mẫu in khen thưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_pages.py" line="315"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_pages.py" line="316"/>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_pages.py" line="317"/>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_pages.py" line="318"/>
        <source>Certificate register</source>
        <translation>Sổ cấp giấy khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_pages.py" line="245"/>
        <source>Read-only: this data file is open in another Vinh Danh window, where it can be changed. Here you can look, search, print and export (as drafts: certificates printed here are not recorded in the issue log); changes made there appear here.</source>
        <translation>Chỉ xem: tệp dữ liệu này đang mở ở một cửa sổ Vinh Danh khác và chỉ sửa được ở đó. Ở đây có thể xem, tìm, in và xuất tệp (là bản nháp: giấy in ra ở đây không được ghi vào sổ cấp); những gì sửa ở cửa sổ kia sẽ hiện ra ở đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="29"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="33"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="108"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="37"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="50"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="55"/>
        <source>Import meeting package…</source>
        <translation>Nhập gói hội nghị…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="59"/>
        <source>Export meeting package…</source>
        <translation>Xuất gói hội nghị…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="62"/>
        <source>Back up the data…</source>
        <translation>Sao lưu dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="65"/>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="69"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="73"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="77"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="81"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="89"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="90"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="94"/>
        <source>Add the sample conference</source>
        <translation>Thêm hội nghị mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="105"/>
        <location filename="../../desktop/ui/window_actions.py" line="272"/>
        <source>About Vinh Danh</source>
        <translation>Giới thiệu Vinh Danh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="209"/>
        <source>Some changes could not be saved. Close anyway and lose them?</source>
        <translation>Có thay đổi chưa lưu được. Vẫn đóng và bỏ các thay đổi đó?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="215"/>
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="220"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/health_check.py" line="132"/>
        <location filename="../../desktop/ui/window_actions.py" line="247"/>
        <source>Restored from {0}.</source>
        <translation>Đã khôi phục từ {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="323"/>
        <source>Moved to the recycle bin.</source>
        <translation>Đã chuyển vào Thùng rác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_tasks.py" line="32"/>
        <source>Added “{0}” with {1} decisions.</source>
        <translation>Đã thêm “{0}” cùng {1} quyết định.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_tasks.py" line="41"/>
        <source>Reading {0}…</source>
        <translation>Đang đọc {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_tasks.py" line="56"/>
        <source>Writing {0}…</source>
        <translation>Đang ghi {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_tasks.py" line="71"/>
        <source>Backing up the data…</source>
        <translation>Đang sao lưu dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="131"/>
        <source>Import meeting package</source>
        <translation>Nhập gói hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="133"/>
        <source>Meeting package (*.vinhdanh *.json)</source>
        <translation>Gói hội nghị (*.vinhdanh *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="143"/>
        <source>Open a meeting first.</source>
        <translation>Hãy mở một hội nghị trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="147"/>
        <source>Export meeting package</source>
        <translation>Xuất gói hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="149"/>
        <source>Meeting package (*.vinhdanh);;JSON (*.json)</source>
        <translation>Gói hội nghị (*.vinhdanh);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="162"/>
        <source>Back up the data</source>
        <translation>Sao lưu dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="164"/>
        <source>Vinh Danh data (*.db)</source>
        <translation>Dữ liệu Vinh Danh (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="360"/>
        <location filename="../../desktop/ui/window_actions.py" line="186"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="369"/>
        <source>Not saved: {0}</source>
        <translation>Chưa lưu được: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="373"/>
        <source>Written {0}</source>
        <translation>Đã ghi {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_pages.py" line="170"/>
        <source>Restored.</source>
        <translation>Đã khôi phục.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="273"/>
        <source>Vinh Danh {0}
Meetings, minutes, decisions and certificates.</source>
        <translation>Vinh Danh {0}
Hội nghị, biên bản, quyết định, giấy khen, bằng khen và giấy chứng nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="292"/>
        <source>Vinh Danh — {0} (read-only)</source>
        <translation>Vinh Danh — {0} (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211"/>
        <source>Updated with changes saved in another window or by a command.</source>
        <translation>Đã cập nhật những thay đổi vừa ghi ở cửa sổ khác hoặc bằng lệnh vinhdanh.</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/designer/scan.py" line="41"/>
        <source>Align the scan</source>
        <translation>Căn ảnh phôi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/scan.py" line="49"/>
        <source>Mark {0} is, on the paper, at:</source>
        <translation>Điểm mốc {0} nằm trên giấy ở:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/scan.py" line="50"/>
        <source>From the left edge</source>
        <translation>Cách mép trái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/scan.py" line="51"/>
        <source>From the top edge</source>
        <translation>Cách mép trên</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="189"/>
        <source>Step 3 of 4: type the two measurements</source>
        <translation>Bước 3/4: nhập hai số đo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="200"/>
        <source>With a ruler, measure on the printed sheet, to the centre of mark A (top left):&lt;br&gt;• from the &lt;b&gt;left edge&lt;/b&gt; of the paper;&lt;br&gt;• from the &lt;b&gt;top edge&lt;/b&gt; of the paper.&lt;br&gt;On a printer that does not shift, both are {0} mm.</source>
        <translation>Dùng thước kẻ đo trên tờ vừa in, đến tâm dấu A (góc trên bên trái):&lt;br&gt;• từ &lt;b&gt;mép trái&lt;/b&gt; tờ giấy;&lt;br&gt;• từ &lt;b&gt;mép trên&lt;/b&gt; tờ giấy.&lt;br&gt;Máy in không lệch thì cả hai số đo đều là {0} mm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="207"/>
        <source>From the left edge to A</source>
        <translation>Từ mép trái đến tâm dấu A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="208"/>
        <source>From the top edge to A</source>
        <translation>Từ mép trên đến tâm dấu A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="235"/>
        <source>from the left edge</source>
        <translation>tính từ mép trái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="236"/>
        <source>from the top edge</source>
        <translation>tính từ mép trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="240"/>
        <source>{0} mm {1} is too far from {2} mm: a printer is off by at most {3} mm. Measure from the edge of the paper to the centre of mark A, on a sheet printed at actual size (100 %).</source>
        <translation>Số đo {0} mm {1} cách quá xa {2} mm: máy in chỉ lệch tối đa {3} mm. Hãy đo từ mép tờ giấy đến tâm dấu A, trên trang in ở cỡ thực (100 %).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="249"/>
        <source>Offsets to apply: X = {0} mm (right +, left −), Y = {1} mm (down +, up −).</source>
        <translation>Độ lệch sẽ áp dụng: X = {0} mm (sang phải +, sang trái −), Y = {1} mm (xuống dưới +, lên trên −).</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../desktop/ui/editors/meeting/editor.py" line="143"/>
        <source>Add task</source>
        <translation>Thêm công việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/editor.py" line="76"/>
        <source>Details</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/editor.py" line="79"/>
        <source>Attendees</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/editor.py" line="81"/>
        <source>Agenda</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/editor.py" line="83"/>
        <source>Action items</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/editor.py" line="239"/>
        <source>Final: read-only until reopened.</source>
        <translation>Đã chốt: chỉ xem, muốn sửa hãy mở lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/editor.py" line="239"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/editor.py" line="241"/>
        <source>Reopen</source>
        <translation>Mở lại để sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/editor.py" line="241"/>
        <source>Mark as final</source>
        <translation>Chốt biên bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/editor.py" line="279"/>
        <source>Paste {0} attendees</source>
        <translation>Dán {0} đại biểu</translation>
    </message>
</context>
<context>
    <name>MeetingTableModels</name>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="45"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="46"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="47"/>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="48"/>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="49"/>
        <source>Press</source>
        <translation>Báo chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="160"/>
        <source>Row {0}, {1}: {2} The cell keeps its value.</source>
        <translation>Dòng {0}, {1}: {2} Ô giữ nguyên giá trị cũ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="225"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="231"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="237"/>
        <source>Organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="243"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="249"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="255"/>
        <source>Reason for absence</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="291"/>
        <source>Agenda item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="297"/>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="335"/>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="341"/>
        <source>Owner</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="346"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/meeting.py" line="348"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>MinutesDocuments</name>
    <message>
        <location filename="../../desktop/ui/editors/meeting/minutes.py" line="36"/>
        <location filename="../../desktop/ui/editors/meeting/minutes.py" line="105"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/minutes.py" line="38"/>
        <source>Export minutes (PDF)…</source>
        <translation>Xuất biên bản (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/minutes.py" line="41"/>
        <source>Export minutes (Word)…</source>
        <translation>Xuất biên bản (Word)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/minutes.py" line="69"/>
        <source>Writing {0}…</source>
        <translation>Đang ghi {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/minutes.py" line="87"/>
        <source>Preparing the minutes for the printer…</source>
        <translation>Đang chuẩn bị biên bản để in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/minutes.py" line="106"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/minutes.py" line="106"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/minutes.py" line="107"/>
        <source>Export minutes</source>
        <translation>Xuất biên bản</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/ui/widgets/preview_pane.py" line="84"/>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_pane.py" line="88"/>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_pane.py" line="99"/>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_pane.py" line="100"/>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_pane.py" line="126"/>
        <location filename="../../desktop/ui/widgets/preview_pane.py" line="263"/>
        <location filename="../../desktop/ui/widgets/preview_pane.py" line="282"/>
        <source>Nothing to preview yet.</source>
        <translation>Chưa có gì để xem trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_pane.py" line="247"/>
        <source>Page {0} of {1}</source>
        <translation>Trang {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_pane.py" line="250"/>
        <source>Page {0} of {1} (drawing the other pages…)</source>
        <translation>Trang {0}/{1} (đang vẽ các trang còn lại…)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="131"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="132"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>RecipientDelegate</name>
    <message>
        <location filename="../../desktop/ui/widgets/recipient_delegate.py" line="43"/>
        <source>collective</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/recipient_delegate.py" line="48"/>
        <source>{0} earlier awards</source>
        <translation>đã khen {0} lần</translation>
    </message>
</context>
<context>
    <name>RecipientNameDelegate</name>
    <message>
        <location filename="../../desktop/ui/widgets/recipient_delegate.py" line="106"/>
        <source>This row says “{0}”; the directory has {1} as “{2}”. Use the directory&apos;s?</source>
        <translation>Dòng này ghi “{0}”; danh bạ ghi {1} là “{2}”. Dùng theo danh bạ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/recipient_delegate.py" line="113"/>
        <source>Use the directory&apos;s</source>
        <translation>Dùng theo danh bạ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/recipient_delegate.py" line="118"/>
        <source>Keep this row&apos;s</source>
        <translation>Giữ như dòng này</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="92"/>
        <source>+ Person</source>
        <translation>+ Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="93"/>
        <source>+ Collective</source>
        <translation>+ Tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="104"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="105"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="106"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="107"/>
        <source>Sort by given name</source>
        <translation>Xếp theo tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="100"/>
        <source>Paste from Excel</source>
        <translation>Dán từ Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="102"/>
        <source>Paste rows copied in Excel: name, title, unit, reason (Ctrl+V)</source>
        <translation>Dán các dòng chép từ Excel: họ tên, chức vụ, đơn vị, thành tích (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="96"/>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="98"/>
        <source>Read a list file (.xlsx, .xls, .csv); or drop the file on the table</source>
        <translation>Đọc tệp danh sách (.xlsx, .xls, .csv); hoặc kéo thả tệp vào bảng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="128"/>
        <source>Recipients</source>
        <translation>Người, tập thể được khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="226"/>
        <source>Paste {0} recipient(s)</source>
        <translation>Dán {0} người nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="278"/>
        <source>{0} collectives, {1} people</source>
        <translation>{0} tập thể, {1} cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="281"/>
        <source>{0} row(s) without a name, not printed</source>
        <translation>{0} dòng chưa có tên, không được in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="322"/>
        <source>Import {0} recipient(s) from {1}</source>
        <translation>Nhập {0} người nhận từ {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="332"/>
        <source>Import a list from Excel</source>
        <translation>Nhập danh sách từ Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/decision/recipients.py" line="334"/>
        <source>Lists (*.xlsx *.xls *.csv)</source>
        <translation>Danh sách (*.xlsx *.xls *.csv)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/ui/editors/record.py" line="215"/>
        <source>Changed elsewhere</source>
        <translation>Đã bị sửa ở nơi khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/record.py" line="196"/>
        <source>Keep my version</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/record.py" line="201"/>
        <source>Take the other version</source>
        <translation>Lấy bản kia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/record.py" line="209"/>
        <source>Decide later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../desktop/ui/pages/record_list.py" line="77"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/record_list.py" line="78"/>
        <source>Move to the recycle bin (it can be restored)</source>
        <translation>Chuyển vào Thùng rác (có thể khôi phục)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="217"/>
        <source>Row {0}, {1}: the text typed is only invisible characters ({2}); it was not taken, the cell keeps its text.</source>
        <translation>Dòng {0}, {1}: nội dung vừa gõ chỉ gồm ký tự vô hình ({2}) nên không được nhận; ô vẫn giữ nội dung cũ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="227"/>
        <source>Row {0}, {1}: {2} characters, more than the {3} a meeting package accepts; it was not taken, the cell keeps its text.</source>
        <translation>Dòng {0}, cột {1}: dài {2} ký tự, quá {3} ký tự mà gói hội nghị nhận; chưa nhận nội dung này, ô giữ nội dung cũ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="288"/>
        <source>Move row</source>
        <translation>Chuyển dòng</translation>
    </message>
</context>
<context>
    <name>RecycleBinView</name>
    <message>
        <location filename="../../desktop/ui/pages/recycle_bin.py" line="31"/>
        <source>Meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recycle_bin.py" line="32"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recycle_bin.py" line="33"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recycle_bin.py" line="34"/>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recycle_bin.py" line="39"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recycle_bin.py" line="41"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recycle_bin.py" line="42"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recycle_bin.py" line="44"/>
        <source>Deleted</source>
        <translation>Ngày xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recycle_bin.py" line="71"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recycle_bin.py" line="73"/>
        <source>The recycle bin is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recycle_bin.py" line="75"/>
        <source>Deleted records stay here until you restore them.</source>
        <translation>Những gì đã xóa nằm ở đây cho đến khi bạn khôi phục.</translation>
    </message>
</context>
<context>
    <name>RelationBox</name>
    <message>
        <location filename="../../desktop/ui/widgets/relation_box.py" line="16"/>
        <source>The head signs</source>
        <translation>Người đứng đầu ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/relation_box.py" line="17"/>
        <source>Deputy, for the head (KT.)</source>
        <translation>Cấp phó ký thay (KT.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/relation_box.py" line="18"/>
        <source>On behalf of the collective (TM.)</source>
        <translation>Thay mặt tập thể lãnh đạo (TM.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/relation_box.py" line="19"/>
        <source>Deputy, on behalf of the collective (TM. + KT.)</source>
        <translation>Cấp phó ký, thay mặt tập thể (TM. + KT.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/relation_box.py" line="20"/>
        <source>By delegation (TL.)</source>
        <translation>Thừa lệnh (TL.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/relation_box.py" line="21"/>
        <source>By authorisation (TUQ.)</source>
        <translation>Thừa ủy quyền (TUQ.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/relation_box.py" line="22"/>
        <source>Acting head (Q.)</source>
        <translation>Quyền người đứng đầu (Q.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/relation_box.py" line="24"/>
        <source>— choose how the signer signs —</source>
        <translation>— chọn quyền hạn ký —</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="40"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="47"/>
        <source>Choose the backup to go back to. The data as it is now is kept beside the database ({0}), so this can be undone.</source>
        <translation>Chọn bản sao lưu muốn quay về. Dữ liệu hiện tại được giữ lại bên cạnh cơ sở dữ liệu ({0}), nên có thể làm lại nếu chọn nhầm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="61"/>
        <source>No backup of this database was found.</source>
        <translation>Không tìm thấy bản sao lưu nào của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="63"/>
        <source>Another file…</source>
        <translation>Tệp khác…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="67"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="81"/>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="81"/>
        <source>by hand or before a change</source>
        <translation>sao lưu tay hoặc trước khi thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="93"/>
        <source>Backup to restore</source>
        <translation>Bản sao lưu cần khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="95"/>
        <source>Vinh Danh data (*.db *.bak *.sqlite *.sqlite3)</source>
        <translation>Dữ liệu Vinh Danh (*.db *.bak *.sqlite *.sqlite3)</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <location filename="../../desktop/ui/widgets/row_menu.py" line="78"/>
        <source>Insert row above</source>
        <translation>Chèn dòng phía trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/row_menu.py" line="79"/>
        <source>Insert row below</source>
        <translation>Chèn dòng phía dưới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/row_menu.py" line="80"/>
        <source>Delete rows</source>
        <translation>Xoá dòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/row_menu.py" line="81"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/row_menu.py" line="82"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/row_menu.py" line="83"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/row_menu.py" line="84"/>
        <source>Copy with column names</source>
        <translation>Sao chép kèm tên cột</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/row_menu.py" line="85"/>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
</context>
<context>
    <name>RowsPanel</name>
    <message>
        <location filename="../../desktop/ui/editors/meeting/rows.py" line="54"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/rows.py" line="55"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/rows.py" line="56"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/rows.py" line="84"/>
        <source>Remove rows</source>
        <translation>Bỏ dòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors/meeting/rows.py" line="98"/>
        <source>Move row</source>
        <translation>Chuyển dòng</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../desktop/ui/pages/designer/scan.py" line="95"/>
        <source>The image could not be read.</source>
        <translation>Không đọc được ảnh.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/scan.py" line="120"/>
        <source>Scan of the blank</source>
        <translation>Ảnh quét phôi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/scan.py" line="122"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Ảnh và PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/scan.py" line="139"/>
        <source>Scan loaded, stretched to the paper. Align it by two marks: Ctrl+L.</source>
        <translation>Đã mở ảnh phôi, kéo giãn theo khổ giấy. Căn theo hai điểm mốc: Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/scan.py" line="150"/>
        <source>Load a scan of the blank first.</source>
        <translation>Hãy mở ảnh quét phôi trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/scan.py" line="155"/>
        <source>Click the first mark on the scan.</source>
        <translation>Bấm vào điểm mốc thứ nhất trên ảnh.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/scan.py" line="168"/>
        <source>Click the second mark, far from the first.</source>
        <translation>Bấm vào điểm mốc thứ hai, xa điểm thứ nhất.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/widgets/search_box.py" line="25"/>
        <source>Search people, units, meetings, decisions… (Ctrl+F)</source>
        <translation>Tìm người, đơn vị, hội nghị, quyết định… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/search_box.py" line="46"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/search_box.py" line="47"/>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/search_box.py" line="48"/>
        <source>Meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/search_box.py" line="49"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/search_box.py" line="63"/>
        <source>Nothing found for “{0}”</source>
        <translation>Không tìm thấy “{0}”</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="74"/>
        <source>State (Decree 30/2020)</source>
        <translation>Nhà nước (Nghị định 30/2020)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="75"/>
        <source>Party</source>
        <translation>Đảng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="83"/>
        <source>One per line, e.g. Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;</source>
        <translation>Mỗi dòng một căn cứ, VD: Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="86"/>
        <source>Add a body…</source>
        <translation>Thêm cơ quan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="102"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="111"/>
        <source>Print in the Times New Roman installed on Windows</source>
        <translation>In bằng phông Times New Roman có sẵn trong Windows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="113"/>
        <source>Otherwise Tinos, bundled, with the same letter widths, is used.</source>
        <translation>Nếu không, dùng phông Tinos đi kèm chương trình (cùng độ rộng chữ).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="124"/>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="130"/>
        <source>Body</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="136"/>
        <source>Place (for the date line)</source>
        <translation>Địa danh (dòng ngày tháng)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="137"/>
        <source>Abbreviation (in numbers)</source>
        <translation>Chữ viết tắt (trong số văn bản)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="138"/>
        <source>Document style</source>
        <translation>Thể thức văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="59"/>
        <source>Header line of the body, e.g. Sở Nội vụ</source>
        <translation>Dòng tên cơ quan, ví dụ Sở Nội vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="62"/>
        <source>Header line above it, e.g. Ủy ban nhân dân tỉnh Thái Nguyên</source>
        <translation>Dòng trên, ví dụ Ủy ban nhân dân tỉnh Thái Nguyên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="66"/>
        <source>e.g. Giám đốc, Chủ tịch, Trưởng Ban</source>
        <translation>ví dụ Giám đốc, Chủ tịch, Trưởng Ban</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="69"/>
        <source>Only if it signs TM., e.g. Ủy ban nhân dân, Ban Thường vụ</source>
        <translation>Chỉ khi ký TM., ví dụ Ủy ban nhân dân, Ban Thường vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="78"/>
        <source>Title of who delegates (TL./TUQ.)</source>
        <translation>Chức danh người giao quyền (TL./TUQ.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="88"/>
        <source>First-start setup…</source>
        <translation>Thiết lập ban đầu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="92"/>
        <source>Choose image…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="95"/>
        <source>The national emblem as the office has it: PNG or JPG of at least 436 × 436 pixels (300 dpi), or PDF. State certificates print it; none is drawn otherwise.</source>
        <translation>Ảnh quốc huy do cơ quan cung cấp: PNG hoặc JPG từ 436 × 436 điểm ảnh (300 dpi), hoặc PDF. Giấy khen, bằng khen mẫu Nhà nước in ảnh này; không có ảnh thì không in quốc huy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="100"/>
        <source>Remove</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="131"/>
        <source>Parent body (header line 1)</source>
        <translation>Cơ quan chủ quản (dòng 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="132"/>
        <source>Name (header line 2)</source>
        <translation>Tên cơ quan (dòng 2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="133"/>
        <source>Proper full name</source>
        <translation>Tên gọi đầy đủ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="134"/>
        <source>Title of the head</source>
        <translation>Chức danh người đứng đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="135"/>
        <source>Collective leadership</source>
        <translation>Tập thể lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="139"/>
        <source>Signer: title</source>
        <translation>Người ký: chức vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="140"/>
        <source>Signer: name</source>
        <translation>Người ký: họ tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="144"/>
        <source>Signer signs as</source>
        <translation>Người ký: quyền hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="147"/>
        <source>Printed as</source>
        <translation>Sẽ in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="160"/>
        <source>Legal bases of decisions</source>
        <translation>Căn cứ ban hành quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="165"/>
        <source>Emblem on certificates</source>
        <translation>Quốc huy trên giấy khen, bằng khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="167"/>
        <source>Interface</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="169"/>
        <source>Language (after restart)</source>
        <translation>Ngôn ngữ (khi mở lại)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="170"/>
        <source>Font</source>
        <translation>Phông chữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="171"/>
        <source>Font in use</source>
        <translation>Phông đang dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="172"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="280"/>
        <source>Supplied image (printed on state certificates)</source>
        <translation>Đã có ảnh (in trên giấy khen, bằng khen mẫu Nhà nước)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="282"/>
        <source>None: state certificates print no emblem</source>
        <translation>Chưa có: giấy khen, bằng khen mẫu Nhà nước không in quốc huy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="313"/>
        <source>Emblem image</source>
        <translation>Ảnh quốc huy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="315"/>
        <source>Images (*.png *.jpg *.jpeg *.pdf *.svg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg *.pdf *.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="336"/>
        <source>Add a body</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="336"/>
        <source>Name of the issuing body (e.g. Sở Nội vụ):</source>
        <translation>Tên cơ quan ban hành (VD: Sở Nội vụ):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="371"/>
        <source>Times New Roman installed on Windows</source>
        <translation>Times New Roman có sẵn trong Windows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="374"/>
        <source>Tinos, bundled: Times New Roman is not installed on this computer (Tinos has the same letter widths)</source>
        <translation>Tinos (kèm theo chương trình): máy này không có phông Times New Roman (Tinos có cùng độ rộng chữ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="378"/>
        <source>Tinos, bundled (same letter widths as Times New Roman)</source>
        <translation>Tinos (kèm theo chương trình, cùng độ rộng chữ với Times New Roman)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="390"/>
        <source>Times New Roman is not installed on this computer; Tinos (same letter widths) is used.</source>
        <translation>Máy này chưa cài phông Times New Roman; chương trình dùng phông Tinos (cùng độ rộng chữ).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="398"/>
        <source>The new language is used from the next start.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở sau.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="138"/>
        <source>Step 2 of 4: print the calibration sheet</source>
        <translation>Bước 2/4: in trang căn chỉnh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="141"/>
        <source>Print the calibration sheet</source>
        <translation>In trang căn chỉnh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="157"/>
        <source>Put a sheet of plain {0} paper in the tray you print blanks from, then press the button. The sheet is printed at actual size (100 %), with no offset, in landscape: marks A, B, C, D and rulers in millimetres.&lt;br&gt;&lt;br&gt;Check the ruler first: from 20 to 120 must measure exactly 100 mm. If not, the printer is scaling the page: turn off “Fit to page” in its settings and print again.</source>
        <translation>Đặt một tờ giấy trắng khổ {0} vào khay dùng để in phôi, rồi bấm nút dưới đây. Trang được in ở cỡ thực (100 %), chưa áp dụng độ lệch, khổ ngang: có các dấu A, B, C, D và thước chia milimét.&lt;br&gt;&lt;br&gt;Kiểm tra thước trước: từ vạch 20 đến vạch 120 phải đo được đúng 100 mm. Nếu không, máy in đang co giãn trang: tắt “Vừa trang” (Fit to page) trong cài đặt máy in rồi in lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="169"/>
        <source>Calibration sheet</source>
        <translation>Trang căn chỉnh</translation>
    </message>
</context>
<context>
    <name>SingleWindow</name>
    <message>
        <location filename="../../desktop/ui/single_window.py" line="113"/>
        <source>The data file {0} is already open in another Vinh Danh window. Only one window can change it at a time.

Open it here read-only (you can look, search, print and export, but not change anything), or show the window where it is open?</source>
        <translation>Tệp dữ liệu {0} đang mở ở một cửa sổ Vinh Danh khác. Mỗi lúc chỉ một cửa sổ được sửa dữ liệu.

Mở ở đây để chỉ xem (xem, tìm, in và xuất tệp được, nhưng không sửa được gì), hay đưa cửa sổ đang mở tệp này lên trước?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/single_window.py" line="129"/>
        <source>Open read-only</source>
        <translation>Mở để chỉ xem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/single_window.py" line="134"/>
        <source>Show the open window</source>
        <translation>Đưa cửa sổ đang mở lên trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/single_window.py" line="139"/>
        <source>Do not open</source>
        <translation>Không mở</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/ui/startup.py" line="36"/>
        <source>Database on a network drive</source>
        <translation>Cơ sở dữ liệu trên ổ mạng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="52"/>
        <source>Add the meeting “{0}”{1} to the database?

{2} decisions, {3} people and collectives to be awarded.
File: {4}</source>
        <translation>Thêm hội nghị “{0}”{1} vào cơ sở dữ liệu?

{2} quyết định, {3} người/tập thể được khen.
Tệp: {4}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="59"/>
        <source>Open meeting package</source>
        <translation>Mở gói hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/health_check.py" line="45"/>
        <source>The database {0} is damaged:</source>
        <translation>Cơ sở dữ liệu {0} bị hỏng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/health_check.py" line="49"/>
        <source>The newest sound backup is {0}. Restore it? (The damaged file is kept.)</source>
        <translation>Bản sao lưu tốt gần nhất là {0}. Khôi phục từ bản này? (Tệp bị hỏng vẫn được giữ lại.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/health_check.py" line="52"/>
        <source>No sound backup was found. Copy the file before changing anything.</source>
        <translation>Không tìm thấy bản sao lưu nào còn tốt. Hãy chép tệp này ra chỗ khác trước khi sửa gì thêm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/health_check.py" line="104"/>
        <source>Go on without restoring</source>
        <translation>Tiếp tục, không khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="257"/>
        <location filename="../../desktop/ui/health_check.py" line="100"/>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="261"/>
        <source>Open anyway</source>
        <translation>Vẫn mở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_database.py" line="49"/>
        <source>The data file {0} is not there any more (it was opened before). If it is on a USB drive or a network folder, plug it in or connect and start again.</source>
        <translation>Không thấy tệp dữ liệu {0} (lần trước vẫn mở được). Nếu tệp nằm trên ổ USB hoặc thư mục mạng, hãy cắm ổ hoặc kết nối lại rồi mở lại chương trình.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_database.py" line="61"/>
        <source>The newest backup is from {0}: {1}</source>
        <translation>Bản sao lưu gần nhất lập lúc {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_database.py" line="69"/>
        <source>Restore a backup…</source>
        <translation>Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_database.py" line="73"/>
        <source>Start with empty data</source>
        <translation>Bắt đầu với dữ liệu trống</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_database.py" line="77"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_database.py" line="88"/>
        <source>Backup to restore</source>
        <translation>Bản sao lưu cần khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/missing_database.py" line="90"/>
        <source>Vinh Danh data (*.db *.bak *.sqlite *.sqlite3)</source>
        <translation>Dữ liệu Vinh Danh (*.db *.bak *.sqlite *.sqlite3)</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="176"/>
        <source>Award form</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="177"/>
        <source>Issuing body</source>
        <translation>Cơ quan khen thưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="178"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="179"/>
        <source>Meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="184"/>
        <source>Save chart as PNG…</source>
        <translation>Lưu biểu đồ ra PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="186"/>
        <source>Year-end table…</source>
        <translation>Bảng tổng hợp cuối năm…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="188"/>
        <source>Write the year-end table of the last year (PDF, Word or Excel).</source>
        <translation>Ghi bảng tổng hợp kết quả khen thưởng của năm cuối (PDF, Word hoặc Excel).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="193"/>
        <source>From year</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="195"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="198"/>
        <source>By</source>
        <translation>Theo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="228"/>
        <source>Statistics</source>
        <translation>Thống kê khen thưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="271"/>
        <source>The first year {0} is after the last year {1}.</source>
        <translation>Năm bắt đầu {0} sau năm kết thúc {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="278"/>
        <location filename="../../desktop/ui/pages/statistics.py" line="301"/>
        <source>No awards in these years.</source>
        <translation>Không có khen thưởng nào trong những năm này.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="281"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="282"/>
        <source>Collectives</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="282"/>
        <source>Individuals</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="282"/>
        <location filename="../../desktop/ui/pages/statistics.py" line="286"/>
        <source>Total</source>
        <translation>Cộng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="309"/>
        <source>Could not write {0}.</source>
        <translation>Không ghi được {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="318"/>
        <source>Save chart as PNG</source>
        <translation>Lưu biểu đồ ra PNG</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="319"/>
        <source>thong-ke-{0}.png</source>
        <translation>thong-ke-{0}.png</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="320"/>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="342"/>
        <source>Writing {0}…</source>
        <translation>Đang ghi {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="350"/>
        <source>No award decisions in {0}.</source>
        <translation>Năm {0} chưa có quyết định khen thưởng nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="358"/>
        <source>Year-end table</source>
        <translation>Bảng tổng hợp cuối năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="359"/>
        <source>Decisions of several bodies in {0}: whose table?</source>
        <translation>Năm {0} có quyết định của nhiều cơ quan: lập bảng tổng hợp của cơ quan nào?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="369"/>
        <source>Save the year-end table</source>
        <translation>Lưu bảng tổng hợp kết quả khen thưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="370"/>
        <source>Bang tong hop khen thuong nam {0}.pdf</source>
        <translation>Bảng tổng hợp khen thưởng năm {0}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/statistics.py" line="371"/>
        <source>PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StorageAlert</name>
    <message>
        <location filename="../../desktop/ui/storage_alert.py" line="109"/>
        <source>What you typed is kept in this window, and nothing was half-written to the file. Do not close the program until it is saved again.</source>
        <translation>Những gì bạn đã nhập vẫn còn trong cửa sổ này, và không có gì bị ghi dở dang vào tệp. Đừng đóng chương trình cho đến khi lưu lại được.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/storage_alert.py" line="115"/>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/storage_alert.py" line="130"/>
        <source>The database cannot be written: the file is read-only.</source>
        <translation>Không ghi được vào cơ sở dữ liệu: tệp chỉ cho đọc.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/storage_alert.py" line="132"/>
        <source>The file, or the folder, USB stick or network share holding it, only allows reading. Copy the file to a folder on this computer (for example Documents), clear its read-only attribute (right-click → Properties), then open it again.</source>
        <translation>Tệp, hoặc thư mục, ổ USB hay thư mục dùng chung trên mạng chứa nó, chỉ cho đọc. Hãy chép tệp vào một thư mục trên máy này (ví dụ Documents), bỏ thuộc tính chỉ đọc (nhấp chuột phải → Properties), rồi mở lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/storage_alert.py" line="140"/>
        <source>The disk holding the database is full.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu đã đầy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/storage_alert.py" line="142"/>
        <source>Free some space on that disk (empty the Recycle Bin, delete or move large files), then press Ctrl+S to save.</source>
        <translation>Hãy giải phóng chỗ trên ổ đĩa đó (dọn Thùng rác, xoá hoặc chuyển bớt các tệp lớn), rồi nhấn Ctrl+S để lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/storage_alert.py" line="148"/>
        <source>Another program is holding the database and does not let go.</source>
        <translation>Một chương trình khác đang giữ cơ sở dữ liệu và không nhả ra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/storage_alert.py" line="150"/>
        <source>Close the other program using this file (another Vinh Danh window, a backup or synchronisation tool, a database viewer), then press Ctrl+S to save.</source>
        <translation>Hãy đóng chương trình khác đang dùng tệp này (một cửa sổ Vinh Danh khác, phần mềm sao lưu hay đồng bộ, chương trình xem cơ sở dữ liệu), rồi nhấn Ctrl+S để lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/storage_alert.py" line="156"/>
        <source>The disk holding the database cannot be read or written.</source>
        <translation>Không đọc hay ghi được ổ đĩa chứa cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/storage_alert.py" line="158"/>
        <source>If the file is on a USB stick or a network drive, plug it in or connect again, then press Ctrl+S. If the error comes back, copy the file to this computer, or use File → Restore from a backup…</source>
        <translation>Nếu tệp nằm trên ổ USB hay ổ mạng, hãy cắm lại hoặc kết nối lại, rồi nhấn Ctrl+S. Nếu vẫn lỗi, hãy chép tệp về máy này, hoặc dùng Tệp → Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/storage_alert.py" line="164"/>
        <source>The database file is no longer where it was: %1</source>
        <translation>Tệp cơ sở dữ liệu không còn ở chỗ cũ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/storage_alert.py" line="166"/>
        <source>It was deleted, renamed or moved, or the USB stick holding it was unplugged. Put it back (plug the stick in again, or restore it from the Recycle Bin), then press Ctrl+S; or use File → Restore from a backup…</source>
        <translation>Tệp đã bị xoá, đổi tên hay chuyển đi, hoặc ổ USB chứa nó đã bị rút ra. Hãy đưa nó về chỗ cũ (cắm lại ổ USB, hoặc khôi phục từ Thùng rác), rồi nhấn Ctrl+S; hoặc dùng Tệp → Khôi phục từ bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>TemplateFiles</name>
    <message>
        <location filename="../../desktop/ui/pages/designer/files.py" line="49"/>
        <source>Saved as version {0}.</source>
        <translation>Đã lưu, phiên bản {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/files.py" line="57"/>
        <source>Save as a copy</source>
        <translation>Lưu thành bản sao</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/files.py" line="58"/>
        <source>Title of the copy</source>
        <translation>Tên bản sao</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/files.py" line="59"/>
        <source> (copy)</source>
        <translation> (bản sao)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/files.py" line="76"/>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/files.py" line="76"/>
        <source>New title</source>
        <translation>Tên mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/files.py" line="91"/>
        <source>Export the template</source>
        <translation>Xuất mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/files.py" line="93"/>
        <location filename="../../desktop/ui/pages/designer/files.py" line="113"/>
        <source>Vinh Danh templates (*.vdmau)</source>
        <translation>Mẫu Vinh Danh (*.vdmau)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/files.py" line="107"/>
        <source>Exported to {0}.</source>
        <translation>Đã xuất ra {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/files.py" line="113"/>
        <source>Import a template</source>
        <translation>Nhập mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/files.py" line="130"/>
        <source>Reset</source>
        <translation>Trả về mẫu có sẵn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/designer/files.py" line="131"/>
        <source>Put back the built-in template and drop your changes to it?</source>
        <translation>Trả về mẫu có sẵn và bỏ các thay đổi của bạn?</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="54"/>
        <source>Save offsets</source>
        <translation>Lưu độ lệch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="56"/>
        <source>Print calibration sheet…</source>
        <translation>In trang căn chỉnh…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="65"/>
        <source>Calibrate step by step…</source>
        <translation>Căn chỉnh từng bước…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="68"/>
        <source>Printer calibration (pre-printed blanks)</source>
        <translation>Căn chỉnh máy in (in trên phôi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="72"/>
        <source>Print the calibration sheet at actual size, measure how far the marks are from where they should be, and enter the offsets here.</source>
        <translation>In trang căn chỉnh ở đúng cỡ thật (100 %), đo các dấu lệch bao nhiêu so với vị trí đúng rồi nhập độ lệch vào đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="78"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="79"/>
        <source>Paper size</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="81"/>
        <source>Right</source>
        <translation>Sang phải</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="83"/>
        <source>Down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="85"/>
        <source>Offsets</source>
        <translation>Độ lệch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="95"/>
        <source>Certificate templates</source>
        <translation>Mẫu in khen thưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="97"/>
        <source>Design the template…</source>
        <translation>Thiết kế mẫu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="98"/>
        <source>Place the fields on a scan of your blank (Ctrl+D)</source>
        <translation>Đặt các trường lên ảnh quét phôi của cơ quan (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="186"/>
        <source>Add a decision with recipients to see templates.</source>
        <translation>Hãy tạo một quyết định có người được khen để xem mẫu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/templates.py" line="194"/>
        <source>⚠ For decision {0}: {1}</source>
        <translation>⚠ Với quyết định {0}: {1}</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="265"/>
        <source>Step 4 of 4: print a test certificate and adjust</source>
        <translation>Bước 4/4: in thử giấy khen và điều chỉnh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="270"/>
        <source>Print a test certificate</source>
        <translation>In thử giấy khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="279"/>
        <source>Print the text of a certificate (as it prints on a blank) on &lt;b&gt;plain paper&lt;/b&gt;. Lay the printout on a blank and hold both against the light: each text must fall on its place on the blank.&lt;br&gt;If the text sits 1 mm too far right, lower X by 1; 1 mm too low, lower Y by 1. Print again until it matches, then press “Save offsets”.</source>
        <translation>In phần chữ của giấy khen (như khi in trên phôi) lên &lt;b&gt;giấy trắng&lt;/b&gt;. Đặt tờ in thử chồng lên một tờ phôi rồi soi lên ánh sáng: mỗi dòng chữ phải nằm đúng chỗ của nó trên phôi.&lt;br&gt;Nếu chữ lệch sang phải 1 mm, giảm X đi 1; lệch xuống dưới 1 mm, giảm Y đi 1. In thử lại đến khi khớp, rồi bấm “Lưu độ lệch”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="288"/>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="289"/>
        <source>X (right +, left −)</source>
        <translation>X (sang phải +, sang trái −)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="290"/>
        <source>Y (down +, up −)</source>
        <translation>Y (xuống dưới +, lên trên −)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="319"/>
        <source>No template prints on {0}.</source>
        <translation>Không có mẫu nào in trên khổ {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="328"/>
        <source>Offset {0} = {1} mm is too large (at most ±{2} mm): measure the calibration sheet again.</source>
        <translation>Độ lệch {0} = {1} mm quá lớn (tối đa ±{2} mm): hãy đo lại trang căn chỉnh.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calibration/steps.py" line="347"/>
        <source>Test certificate</source>
        <translation>Giấy khen in thử</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="113"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="115"/>
        <source>Replace the data with the backup {0}?
What is there now is kept beside the database.</source>
        <translation>Thay dữ liệu bằng bản sao lưu {0}?
Dữ liệu hiện tại được giữ lại bên cạnh cơ sở dữ liệu.</translation>
    </message>
</context>
</TS>
