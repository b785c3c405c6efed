<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AwardTableModel</name>
    <message>
        <location filename="../../desktop/ui/award_table_model.py" line="24"/>
        <location filename="../../desktop/ui/award_table_model.py" line="36"/>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/award_table_model.py" line="26"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/award_table_model.py" line="52"/>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/award_table_model.py" line="66"/>
        <source>? choose</source>
        <translation>? chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/award_table_model.py" line="93"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/award_table_model.py" line="99"/>
        <source>Name</source>
        <translation>Tên người, tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/award_table_model.py" line="104"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/award_table_model.py" line="109"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/award_table_model.py" line="114"/>
        <source>Own reason</source>
        <translation>Thành tích riêng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/award_table_model.py" line="119"/>
        <source>Salutation</source>
        <translation>Danh xưng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/award_table_model.py" line="149"/>
        <source>Choose from directory</source>
        <translation>Chọn từ danh bạ</translation>
    </message>
</context>
<context>
    <name>DatabaseOp</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="140"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="141"/>
        <source>Please wait</source>
        <translation>Xin chờ</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="141"/>
        <source>Title of who delegates</source>
        <translation>Chức danh người giao quyền</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="143"/>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="146"/>
        <source>Đã có thành tích …</source>
        <translation>Đã có thành tích …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="152"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="154"/>
        <location filename="../../desktop/ui/decision_editor.py" line="694"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="155"/>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="156"/>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="160"/>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="164"/>
        <source>Signs as</source>
        <translation>Quyền hạn ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="165"/>
        <source>Award form</source>
        <translation>Hình thức khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="166"/>
        <location filename="../../desktop/ui/decision_editor.py" line="696"/>
        <source>Default reason</source>
        <translation>Thành tích chung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="199"/>
        <source>+ Person</source>
        <translation>+ Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="200"/>
        <source>+ Collective</source>
        <translation>+ Tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="201"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="202"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="203"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="204"/>
        <location filename="../../desktop/ui/decision_editor.py" line="441"/>
        <source>Sort by given name</source>
        <translation>Xếp theo tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="205"/>
        <source>Paste from Excel</source>
        <translation>Dán từ Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="207"/>
        <source>Paste rows copied in Excel: name, title, unit, reason (Ctrl+V)</source>
        <translation>Dán các dòng chép từ Excel: họ tên, chức vụ, đơn vị, thành tích (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="216"/>
        <source>Recipients</source>
        <translation>Người, tập thể được khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="226"/>
        <source>Certificate of the selected recipient</source>
        <translation>Giấy khen của người đang chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="228"/>
        <source>List attached to the decision</source>
        <translation>Danh sách kèm theo quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="229"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="230"/>
        <source>Pre-printed blanks</source>
        <translation>In trên phôi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="232"/>
        <source>Print only the variable text, on pre-printed certificates (phôi)</source>
        <translation>Chỉ in phần chữ thay đổi, lên phôi giấy khen in sẵn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="238"/>
        <source>Export certificates…</source>
        <translation>Xuất giấy khen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="239"/>
        <source>Export list…</source>
        <translation>Xuất danh sách…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="240"/>
        <source>Export decision…</source>
        <translation>Xuất quyết định…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="241"/>
        <source>One file per recipient…</source>
        <translation>Mỗi người một tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="242"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="411"/>
        <source>Add collective</source>
        <translation>Thêm tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="411"/>
        <source>Add person</source>
        <translation>Thêm cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="423"/>
        <source>Remove {0} recipients</source>
        <translation>Bỏ {0} người/tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="434"/>
        <source>Move recipient</source>
        <translation>Chuyển vị trí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="461"/>
        <source>Paste {0} recipients</source>
        <translation>Dán {0} người/tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="539"/>
        <source>⚠ {0} texts do not fit or cannot be printed:</source>
        <translation>⚠ {0} chỗ chữ không vừa khung hoặc không in được:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="572"/>
        <location filename="../../desktop/ui/decision_editor.py" line="599"/>
        <source>Writing certificates…</source>
        <translation>Đang ghi giấy khen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="614"/>
        <source>Writing {0}…</source>
        <translation>Đang ghi {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="652"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="652"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="677"/>
        <source>Preparing certificates for the printer…</source>
        <translation>Đang chuẩn bị giấy khen để in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="699"/>
        <location filename="../../desktop/ui/decision_editor.py" line="702"/>
        <location filename="../../desktop/ui/decision_editor.py" line="705"/>
        <location filename="../../desktop/ui/decision_editor.py" line="718"/>
        <source>Signer</source>
        <translation>người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="707"/>
        <location filename="../../desktop/ui/decision_editor.py" line="718"/>
        <source>Edit {0}</source>
        <translation>Sửa {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="729"/>
        <source>Edit date</source>
        <translation>Sửa ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="744"/>
        <source>Change issuing body</source>
        <translation>Đổi cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="757"/>
        <source>Edit award form</source>
        <translation>Sửa hình thức khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="791"/>
        <source>Export certificates</source>
        <translation>Xuất giấy khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="793"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="799"/>
        <source>Folder for the certificates</source>
        <translation>Thư mục để ghi giấy khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="805"/>
        <source>Export list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="807"/>
        <source>Excel (*.xlsx);;PDF (*.pdf);;Word (*.docx)</source>
        <translation>Excel (*.xlsx);;PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="814"/>
        <source>Export decision</source>
        <translation>Xuất quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="816"/>
        <source>Word (*.docx);;PDF (*.pdf)</source>
        <translation>Word (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="832"/>
        <location filename="../../desktop/ui/decision_editor.py" line="845"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="833"/>
        <source>These certificates will not print as they should:</source>
        <translation>Những giấy khen này sẽ không in được như mong muốn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="837"/>
        <source>Print anyway? (Texts that do not fit are cut at their box.)</source>
        <translation>Vẫn in? (Chữ không vừa khung sẽ bị cắt theo khung.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/decision_editor.py" line="853"/>
        <source>{0} collectives, {1} people</source>
        <translation>{0} tập thể, {1} cá nhân</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="452"/>
        <source>Full render (plain paper)</source>
        <translation>In toàn bộ (giấy trắng)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="453"/>
        <source>Pre-printed blank</source>
        <translation>In lên phôi in sẵn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="455"/>
        <source>&amp;Decision</source>
        <translation>&amp;Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="456"/>
        <source>&amp;Recipient</source>
        <translation>&amp;Người được khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="457"/>
        <source>&amp;Mode</source>
        <translation>&amp;Cách in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="459"/>
        <source>Fields</source>
        <translation>Các trường</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="492"/>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="493"/>
        <source>Centre</source>
        <translation>Giữa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="494"/>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="502"/>
        <source>UPPER CASE</source>
        <translation>CHỮ HOA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="503"/>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="504"/>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="508"/>
        <source>plain paper</source>
        <translation>giấy trắng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="509"/>
        <source>pre-printed blank</source>
        <translation>phôi in sẵn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="510"/>
        <source>person</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="511"/>
        <source>collective</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="525"/>
        <source>&amp;Text</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="526"/>
        <source>F&amp;ont</source>
        <translation>&amp;Phông chữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="527"/>
        <source>&amp;Size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="528"/>
        <source>Mi&amp;nimum size</source>
        <translation>Cỡ nhỏ &amp;nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="529"/>
        <source>Ma&amp;x lines</source>
        <translation>Số &amp;dòng tối đa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="530"/>
        <source>&amp;Alignment</source>
        <translation>Căn &amp;lề</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="531"/>
        <source>&amp;Colour</source>
        <translation>&amp;Màu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="533"/>
        <source>Printed on</source>
        <translation>In trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="534"/>
        <source>Printed for</source>
        <translation>In cho</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="557"/>
        <source>&amp;Template</source>
        <translation>&amp;Mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="558"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="559"/>
        <source>Save as a &amp;copy…</source>
        <translation>Lưu thành &amp;bản sao…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="560"/>
        <source>Re&amp;name…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="562"/>
        <source>&amp;Export to a file…</source>
        <translation>&amp;Xuất ra tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="563"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="564"/>
        <source>&amp;Reset to the built-in template</source>
        <translation>&amp;Trả về mẫu có sẵn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="566"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="567"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="568"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="569"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="571"/>
        <source>&amp;Add a field</source>
        <translation>&amp;Thêm trường</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="576"/>
        <source>Add a field…</source>
        <translation>Thêm trường…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="580"/>
        <source>Re&amp;move the field</source>
        <translation>&amp;Xóa trường</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="581"/>
        <source>Next field</source>
        <translation>Trường tiếp theo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="582"/>
        <source>Previous field</source>
        <translation>Trường trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="584"/>
        <source>Move left by 1 mm</source>
        <translation>Sang trái 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="585"/>
        <source>Move right by 1 mm</source>
        <translation>Sang phải 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="586"/>
        <source>Move up by 1 mm</source>
        <translation>Lên trên 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="587"/>
        <source>Move down by 1 mm</source>
        <translation>Xuống dưới 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="590"/>
        <source>Wider by 1 mm</source>
        <translation>Rộng thêm 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="591"/>
        <source>Narrower by 1 mm</source>
        <translation>Hẹp bớt 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="592"/>
        <source>Taller by 1 mm</source>
        <translation>Cao thêm 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="593"/>
        <source>Shorter by 1 mm</source>
        <translation>Thấp bớt 1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="594"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="597"/>
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="603"/>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="607"/>
        <source>&amp;Fit the page</source>
        <translation>&amp;Vừa trang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="608"/>
        <source>&amp;Snap to 0.5 mm</source>
        <translation>&amp;Bắt lưới 0,5 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="615"/>
        <source>&amp;Scan</source>
        <translation>Ả&amp;nh phôi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="616"/>
        <source>&amp;Load a scan of the blank…</source>
        <translation>&amp;Mở ảnh quét phôi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="617"/>
        <source>&amp;Align the scan by two marks…</source>
        <translation>&amp;Căn ảnh theo hai điểm mốc…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="618"/>
        <source>&amp;Remove the scan</source>
        <translation>&amp;Bỏ ảnh phôi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="646"/>
        <source>Template designer — {0} (version {1})</source>
        <translation>Thiết kế mẫu — {0} (phiên bản {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="716"/>
        <source>Does not fit: {0}</source>
        <translation>Không vừa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="855"/>
        <source>The image could not be read.</source>
        <translation>Không đọc được ảnh.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="867"/>
        <source>Scan of the blank</source>
        <translation>Ảnh quét phôi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="869"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Ảnh và PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="886"/>
        <source>Scan loaded, stretched to the paper. Align it by two marks: Ctrl+L.</source>
        <translation>Đã mở ảnh phôi, kéo giãn theo khổ giấy. Căn theo hai điểm mốc: Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="895"/>
        <source>Load a scan of the blank first.</source>
        <translation>Hãy mở ảnh quét phôi trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="900"/>
        <source>Click the first mark on the scan.</source>
        <translation>Bấm vào điểm mốc thứ nhất trên ảnh.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="912"/>
        <source>Click the second mark, far from the first.</source>
        <translation>Bấm vào điểm mốc thứ hai, xa điểm thứ nhất.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="967"/>
        <source>Saved as version {0}.</source>
        <translation>Đã lưu, phiên bản {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="986"/>
        <source>Save as a copy</source>
        <translation>Lưu thành bản sao</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="987"/>
        <source>Title of the copy</source>
        <translation>Tên bản sao</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="988"/>
        <source> (copy)</source>
        <translation> (bản sao)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="1004"/>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="1004"/>
        <source>New title</source>
        <translation>Tên mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="1018"/>
        <source>Export the template</source>
        <translation>Xuất mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="1020"/>
        <location filename="../../desktop/ui/template_designer.py" line="1039"/>
        <source>Vinh Danh templates (*.vdmau)</source>
        <translation>Mẫu Vinh Danh (*.vdmau)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="1034"/>
        <source>Exported to {0}.</source>
        <translation>Đã xuất ra {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="1039"/>
        <source>Import a template</source>
        <translation>Nhập mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="1055"/>
        <source>Reset</source>
        <translation>Trả về mẫu có sẵn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="1056"/>
        <source>Put back the built-in template and drop your changes to it?</source>
        <translation>Trả về mẫu có sẵn và bỏ các thay đổi của bạn?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="1073"/>
        <source>Template designer</source>
        <translation>Thiết kế mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="1074"/>
        <source>Save the changes to this template?</source>
        <translation>Lưu các thay đổi của mẫu này?</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="46"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="49"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="50"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="51"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="52"/>
        <source>Awards</source>
        <translation>Số lần khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="71"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="72"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="74"/>
        <source>Award form</source>
        <translation>Hình thức khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="78"/>
        <source>Title and unit then</source>
        <translation>Chức vụ, đơn vị khi đó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="112"/>
        <source>Filter by name, title or unit (no accents needed)</source>
        <translation>Lọc theo tên, chức vụ, đơn vị (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="116"/>
        <source>Move to recycle bin</source>
        <translation>Chuyển vào Thùng rác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="196"/>
        <source>Select a person or collective to see their awards.</source>
        <translation>Chọn một người hoặc tập thể để xem các lần được khen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directory_view.py" line="202"/>
        <source>{0} awards</source>
        <translation>{0} lần được khen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="31"/>
        <source>Some certificates cannot be printed:</source>
        <translation>Một số giấy khen chưa in được:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="33"/>
        <source>… and {0} more</source>
        <translation>… và {0} mục khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="51"/>
        <source>Something went wrong that should not have. The details are in the log file {0}</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Chi tiết đã được ghi vào tệp nhật ký {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>Vinh Danh — {0}</source>
        <translation>Vinh Danh — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81"/>
        <location filename="../../desktop/ui/main_window.py" line="109"/>
        <source>Meetings</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <location filename="../../desktop/ui/main_window.py" line="386"/>
        <source>New meeting</source>
        <translation>Hội nghị mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85"/>
        <source>No meetings yet. Press “New meeting” to start one.</source>
        <translation>Chưa có hội nghị nào. Bấm “Hội nghị mới” để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89"/>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90"/>
        <location filename="../../desktop/ui/main_window.py" line="277"/>
        <source>New decision</source>
        <translation>Quyết định mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="93"/>
        <source>No decisions yet. Press “New decision” to start one.</source>
        <translation>Chưa có quyết định nào. Bấm “Quyết định mới” để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="110"/>
        <source>Decisions &amp;&amp; awards</source>
        <translation>Quyết định &amp;&amp; khen thưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111"/>
        <source>People &amp;&amp; collectives</source>
        <translation>Danh bạ người, tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112"/>
        <source>Certificate templates</source>
        <translation>Mẫu giấy khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="114"/>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="152"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>Import meeting package…</source>
        <translation>Nhập gói hội nghị…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285"/>
        <source>Export meeting package…</source>
        <translation>Xuất gói hội nghị…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="288"/>
        <source>Back up the data…</source>
        <translation>Sao lưu dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="292"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="296"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="300"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="304"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="312"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="313"/>
        <source>Add the sample conference</source>
        <translation>Thêm hội nghị mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="322"/>
        <location filename="../../desktop/ui/main_window.py" line="585"/>
        <source>About Vinh Danh</source>
        <translation>Giới thiệu Vinh Danh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="420"/>
        <location filename="../../desktop/ui/main_window.py" line="431"/>
        <source>Moved to the recycle bin.</source>
        <translation>Đã chuyển vào Thùng rác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="457"/>
        <source>Added “{0}” with {1} decisions.</source>
        <translation>Đã thêm “{0}” cùng {1} quyết định.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="466"/>
        <source>Reading {0}…</source>
        <translation>Đang đọc {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="482"/>
        <source>Writing {0}…</source>
        <translation>Đang ghi {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="500"/>
        <source>Backing up the data…</source>
        <translation>Đang sao lưu dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="516"/>
        <source>Import meeting package</source>
        <translation>Nhập gói hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="518"/>
        <source>Meeting package (*.vinhdanh *.json)</source>
        <translation>Gói hội nghị (*.vinhdanh *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="526"/>
        <source>Open a meeting first.</source>
        <translation>Hãy mở một hội nghị trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="530"/>
        <source>Export meeting package</source>
        <translation>Xuất gói hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="532"/>
        <source>Meeting package (*.vinhdanh);;JSON (*.json)</source>
        <translation>Gói hội nghị (*.vinhdanh);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="543"/>
        <source>Back up the data</source>
        <translation>Sao lưu dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="545"/>
        <source>Vinh Danh data (*.db)</source>
        <translation>Dữ liệu Vinh Danh (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="551"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="564"/>
        <source>Not saved: {0}</source>
        <translation>Chưa lưu được: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="567"/>
        <source>Written {0}</source>
        <translation>Đã ghi {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="576"/>
        <source>Restored.</source>
        <translation>Đã khôi phục.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="586"/>
        <source>Vinh Danh {0}
Meetings, minutes, decisions and certificates.</source>
        <translation>Vinh Danh {0}
Hội nghị, biên bản, quyết định và giấy khen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128"/>
        <source>Read-only: this data file is open in another Vinh Danh window, where it can be changed. Here you can look, search, print and export; changes made there appear here.</source>
        <translation>Chỉ xem: tệp dữ liệu này đang mở ở một cửa sổ Vinh Danh khác và chỉ sửa được ở đó. Ở đây có thể xem, tìm, in và xuất tệp; những gì sửa ở cửa sổ kia sẽ hiện ra ở đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <source>Vinh Danh — {0} (read-only)</source>
        <translation>Vinh Danh — {0} (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="267"/>
        <source>Updated with changes saved in another window or by a command.</source>
        <translation>Đã cập nhật những thay đổi vừa ghi ở cửa sổ khác hoặc bằng lệnh vinhdanh.</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="348"/>
        <source>Align the scan</source>
        <translation>Căn ảnh phôi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="356"/>
        <source>Mark {0} is, on the paper, at:</source>
        <translation>Điểm mốc {0} nằm trên giấy ở:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="357"/>
        <source>From the left edge</source>
        <translation>Cách mép trái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_designer.py" line="358"/>
        <source>From the top edge</source>
        <translation>Cách mép trên</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="91"/>
        <source>e.g. Year-end review conference</source>
        <translation>VD: Hội nghị tổng kết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="93"/>
        <source>e.g. 12/BB-SNV (left blank on the minutes)</source>
        <translation>VD: 12/BB-SNV (để trống thì biên bản chừa chỗ ghi số)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="97"/>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>ngày/tháng/năm giờ:phút</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="102"/>
        <source>Name (title); Name (title)</source>
        <translation>Họ tên (chức vụ); Họ tên (chức vụ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="110"/>
        <source>Title</source>
        <translation>Tên hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="111"/>
        <source>Kind</source>
        <translation>Loại hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="112"/>
        <source>Minutes number</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="115"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="117"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="118"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="119"/>
        <source>Organiser</source>
        <translation>Cơ quan tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="120"/>
        <source>Chaired by</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="124"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="125"/>
        <source>Overall conclusions</source>
        <translation>Kết luận chung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="142"/>
        <source>Add attendee</source>
        <translation>Thêm đại biểu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="152"/>
        <source>Notes taken during this item</source>
        <translation>Ghi chép diễn biến của nội dung này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="154"/>
        <source>Conclusion of this item</source>
        <translation>Kết luận của nội dung này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="156"/>
        <source>Add item</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="160"/>
        <source>Notes</source>
        <translation>Ghi chép</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="162"/>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="171"/>
        <source>Add task</source>
        <translation>Thêm công việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="175"/>
        <source>Details</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="176"/>
        <source>Attendees</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="177"/>
        <source>Agenda</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="178"/>
        <source>Action items</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="193"/>
        <source>Export minutes (PDF)…</source>
        <translation>Xuất biên bản (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="194"/>
        <source>Export minutes (Word)…</source>
        <translation>Xuất biên bản (Word)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="195"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="202"/>
        <location filename="../../desktop/ui/meeting_editor.py" line="540"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="269"/>
        <source>Remove rows</source>
        <translation>Bỏ dòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="276"/>
        <source>Move row</source>
        <translation>Chuyển dòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="281"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="282"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="283"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="286"/>
        <source>Paste from Excel</source>
        <translation>Dán từ Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="336"/>
        <source>Final: read-only until reopened.</source>
        <translation>Đã chốt: chỉ xem, muốn sửa hãy mở lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="336"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="338"/>
        <source>Reopen</source>
        <translation>Mở lại để sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="338"/>
        <source>Mark as final</source>
        <translation>Chốt biên bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="389"/>
        <source>Paste {0} attendees</source>
        <translation>Dán {0} đại biểu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="416"/>
        <source>Change organiser</source>
        <translation>Đổi cơ quan tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="444"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>Giờ kết thúc không thể trước giờ bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="464"/>
        <source>Edit details</source>
        <translation>Sửa thông tin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="474"/>
        <source>Edit conclusions</source>
        <translation>Sửa kết luận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="483"/>
        <source>Edit agenda item</source>
        <translation>Sửa nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="524"/>
        <source>Writing {0}…</source>
        <translation>Đang ghi {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="541"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="541"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_editor.py" line="543"/>
        <source>Export minutes</source>
        <translation>Xuất biên bản</translation>
    </message>
</context>
<context>
    <name>MeetingTableModels</name>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="24"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="25"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="26"/>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="27"/>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="28"/>
        <source>Press</source>
        <translation>Báo chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="66"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="71"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="76"/>
        <source>Organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="81"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="87"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="93"/>
        <source>Reason for absence</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="109"/>
        <source>Agenda item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="114"/>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="151"/>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="156"/>
        <source>Owner</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="161"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meeting_table_models.py" line="164"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/ui/preview_pane.py" line="65"/>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview_pane.py" line="70"/>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview_pane.py" line="76"/>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview_pane.py" line="77"/>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview_pane.py" line="103"/>
        <location filename="../../desktop/ui/preview_pane.py" line="207"/>
        <source>Nothing to preview yet.</source>
        <translation>Chưa có gì để xem trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview_pane.py" line="198"/>
        <source>Page {0} of {1}</source>
        <translation>Trang {0}/{1}</translation>
    </message>
</context>
<context>
    <name>RecipientDelegate</name>
    <message>
        <location filename="../../desktop/ui/recipient_delegate.py" line="53"/>
        <source>collective</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recipient_delegate.py" line="58"/>
        <source>{0} earlier awards</source>
        <translation>đã khen {0} lần</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/ui/record_editor.py" line="180"/>
        <source>Changed elsewhere</source>
        <translation>Đã bị sửa ở nơi khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_editor.py" line="184"/>
        <source>Keep my version</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_editor.py" line="188"/>
        <source>Take the other version</source>
        <translation>Lấy bản kia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_editor.py" line="195"/>
        <source>Decide later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../desktop/ui/record_list_page.py" line="50"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_list_page.py" line="51"/>
        <source>Move to the recycle bin (it can be restored)</source>
        <translation>Chuyển vào Thùng rác (có thể khôi phục)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../desktop/ui/record_table_model.py" line="247"/>
        <source>Move row</source>
        <translation>Chuyển dòng</translation>
    </message>
</context>
<context>
    <name>RecycleBinView</name>
    <message>
        <location filename="../../desktop/ui/recycle_bin_view.py" line="31"/>
        <source>Meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recycle_bin_view.py" line="32"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recycle_bin_view.py" line="33"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recycle_bin_view.py" line="34"/>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recycle_bin_view.py" line="39"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recycle_bin_view.py" line="41"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recycle_bin_view.py" line="42"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recycle_bin_view.py" line="44"/>
        <source>Deleted</source>
        <translation>Ngày xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recycle_bin_view.py" line="70"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recycle_bin_view.py" line="72"/>
        <source>The recycle bin is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recycle_bin_view.py" line="74"/>
        <source>Deleted records stay here until you restore them.</source>
        <translation>Những gì đã xóa nằm ở đây cho đến khi bạn khôi phục.</translation>
    </message>
</context>
<context>
    <name>RelationBox</name>
    <message>
        <location filename="../../desktop/ui/relation_box.py" line="16"/>
        <source>The head signs</source>
        <translation>Người đứng đầu ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/relation_box.py" line="17"/>
        <source>Deputy, for the head (KT.)</source>
        <translation>Cấp phó ký thay (KT.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/relation_box.py" line="18"/>
        <source>On behalf of the collective (TM.)</source>
        <translation>Thay mặt tập thể lãnh đạo (TM.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/relation_box.py" line="19"/>
        <source>Deputy, on behalf of the collective (TM. + KT.)</source>
        <translation>Cấp phó ký, thay mặt tập thể (TM. + KT.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/relation_box.py" line="20"/>
        <source>By delegation (TL.)</source>
        <translation>Thừa lệnh (TL.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/relation_box.py" line="21"/>
        <source>By authorisation (TUQ.)</source>
        <translation>Thừa ủy quyền (TUQ.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/relation_box.py" line="22"/>
        <source>Acting head (Q.)</source>
        <translation>Quyền người đứng đầu (Q.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/relation_box.py" line="24"/>
        <source>— choose how the signer signs —</source>
        <translation>— chọn quyền hạn ký —</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="26"/>
        <source>Search people, units, meetings, decisions… (Ctrl+F)</source>
        <translation>Tìm người, đơn vị, hội nghị, quyết định… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="47"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="48"/>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="49"/>
        <source>Meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="50"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="64"/>
        <source>Nothing found for “{0}”</source>
        <translation>Không tìm thấy “{0}”</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="266"/>
        <source>State (Decree 30/2020)</source>
        <translation>Nhà nước (Nghị định 30/2020)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="267"/>
        <source>Party</source>
        <translation>Đảng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="275"/>
        <source>One per line, e.g. Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;</source>
        <translation>Mỗi dòng một căn cứ, VD: Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="278"/>
        <source>Add a body…</source>
        <translation>Thêm cơ quan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="292"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="301"/>
        <source>Print in the Times New Roman installed on Windows</source>
        <translation>In bằng phông Times New Roman có sẵn trong Windows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="303"/>
        <source>Otherwise Tinos, bundled, with the same letter widths, is used.</source>
        <translation>Nếu không, dùng phông Tinos đi kèm chương trình (cùng độ rộng chữ).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="314"/>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="319"/>
        <source>Body</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="325"/>
        <source>Place (for the date line)</source>
        <translation>Địa danh (dòng ngày tháng)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="326"/>
        <source>Abbreviation (in numbers)</source>
        <translation>Chữ viết tắt (trong số văn bản)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="327"/>
        <source>Document style</source>
        <translation>Thể thức văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="251"/>
        <source>Header line of the body, e.g. Sở Nội vụ</source>
        <translation>Dòng tên cơ quan, ví dụ Sở Nội vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="254"/>
        <source>Header line above it, e.g. Ủy ban nhân dân tỉnh Thái Nguyên</source>
        <translation>Dòng trên, ví dụ Ủy ban nhân dân tỉnh Thái Nguyên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="258"/>
        <source>e.g. Giám đốc, Chủ tịch, Trưởng Ban</source>
        <translation>ví dụ Giám đốc, Chủ tịch, Trưởng Ban</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="261"/>
        <source>Only if it signs TM., e.g. Ủy ban nhân dân, Ban Thường vụ</source>
        <translation>Chỉ khi ký TM., ví dụ Ủy ban nhân dân, Ban Thường vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="270"/>
        <source>Title of who delegates (TL./TUQ.)</source>
        <translation>Chức danh người giao quyền (TL./TUQ.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="282"/>
        <source>Choose image…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="285"/>
        <source>The national emblem as the office has it: PNG or JPG of at least 436 × 436 pixels (300 dpi), or PDF. State certificates print it; none is drawn otherwise.</source>
        <translation>Ảnh quốc huy do cơ quan cung cấp: PNG hoặc JPG từ 436 × 436 điểm ảnh (300 dpi), hoặc PDF. Giấy khen mẫu Nhà nước in ảnh này; không có ảnh thì không in quốc huy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="290"/>
        <source>Remove</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="320"/>
        <source>Parent body (header line 1)</source>
        <translation>Cơ quan chủ quản (dòng 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="321"/>
        <source>Name (header line 2)</source>
        <translation>Tên cơ quan (dòng 2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="322"/>
        <source>Proper full name</source>
        <translation>Tên gọi đầy đủ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="323"/>
        <source>Title of the head</source>
        <translation>Chức danh người đứng đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="324"/>
        <source>Collective leadership</source>
        <translation>Tập thể lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="328"/>
        <source>Signer: title</source>
        <translation>Người ký: chức vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="329"/>
        <source>Signer: name</source>
        <translation>Người ký: họ tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="333"/>
        <source>Signer signs as</source>
        <translation>Người ký: quyền hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="336"/>
        <source>Printed as</source>
        <translation>Sẽ in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="349"/>
        <source>Legal bases of decisions</source>
        <translation>Căn cứ ban hành quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="354"/>
        <source>Emblem on certificates</source>
        <translation>Quốc huy trên giấy khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="356"/>
        <source>Interface</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="358"/>
        <source>Language (after restart)</source>
        <translation>Ngôn ngữ (khi mở lại)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="359"/>
        <source>Font</source>
        <translation>Phông chữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="360"/>
        <source>Font in use</source>
        <translation>Phông đang dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="361"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="452"/>
        <source>Supplied image (printed on state certificates)</source>
        <translation>Đã có ảnh (in trên giấy khen mẫu Nhà nước)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="454"/>
        <source>None: state certificates print no emblem</source>
        <translation>Chưa có: giấy khen mẫu Nhà nước không in quốc huy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="485"/>
        <source>Emblem image</source>
        <translation>Ảnh quốc huy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="487"/>
        <source>Images (*.png *.jpg *.jpeg *.pdf *.svg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg *.pdf *.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="508"/>
        <source>Add a body</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="508"/>
        <source>Name of the issuing body (e.g. Sở Nội vụ):</source>
        <translation>Tên cơ quan ban hành (VD: Sở Nội vụ):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="542"/>
        <source>Times New Roman installed on Windows</source>
        <translation>Times New Roman có sẵn trong Windows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="545"/>
        <source>Tinos, bundled: Times New Roman is not installed on this computer (Tinos has the same letter widths)</source>
        <translation>Tinos (kèm theo chương trình): máy này không có phông Times New Roman (Tinos có cùng độ rộng chữ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="549"/>
        <source>Tinos, bundled (same letter widths as Times New Roman)</source>
        <translation>Tinos (kèm theo chương trình, cùng độ rộng chữ với Times New Roman)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="561"/>
        <source>Times New Roman is not installed on this computer; Tinos (same letter widths) is used.</source>
        <translation>Máy này chưa cài phông Times New Roman; chương trình dùng phông Tinos (cùng độ rộng chữ).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="569"/>
        <source>The new language is used from the next start.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở sau.</translation>
    </message>
</context>
<context>
    <name>SingleWindow</name>
    <message>
        <location filename="../../desktop/ui/single_window.py" line="72"/>
        <source>The data file {0} is already open in another Vinh Danh window. Only one window can change it at a time.

Open it here read-only (you can look, search, print and export, but not change anything), or show the window where it is open?</source>
        <translation>Tệp dữ liệu {0} đang mở ở một cửa sổ Vinh Danh khác. Mỗi lúc chỉ một cửa sổ được sửa dữ liệu.

Mở ở đây để chỉ xem (xem, tìm, in và xuất tệp được, nhưng không sửa được gì), hay đưa cửa sổ đang mở tệp này lên trước?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/single_window.py" line="83"/>
        <source>Open read-only</source>
        <translation>Mở để chỉ xem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/single_window.py" line="87"/>
        <source>Show the open window</source>
        <translation>Đưa cửa sổ đang mở lên trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/single_window.py" line="91"/>
        <source>Do not open</source>
        <translation>Không mở</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/ui/startup.py" line="35"/>
        <source>Database on a network drive</source>
        <translation>Cơ sở dữ liệu trên ổ mạng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="51"/>
        <source>Add the meeting “{0}”{1} to the database?

{2} decisions, {3} people and collectives to be awarded.
File: {4}</source>
        <translation>Thêm hội nghị “{0}”{1} vào cơ sở dữ liệu?

{2} quyết định, {3} người/tập thể được khen.
Tệp: {4}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="58"/>
        <source>Open meeting package</source>
        <translation>Mở gói hội nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="177"/>
        <source>The database {0} is damaged:</source>
        <translation>Cơ sở dữ liệu {0} bị hỏng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="181"/>
        <source>The newest sound backup is {0}. Restore it? (The damaged file is kept.)</source>
        <translation>Bản sao lưu tốt gần nhất là {0}. Khôi phục từ bản này? (Tệp bị hỏng vẫn được giữ lại.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="185"/>
        <source>No sound backup was found. Copy the file before changing anything.</source>
        <translation>Không tìm thấy bản sao lưu nào còn tốt. Hãy chép tệp này ra chỗ khác trước khi sửa gì thêm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="193"/>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="197"/>
        <source>Open anyway</source>
        <translation>Vẫn mở</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="65"/>
        <source>Save offsets</source>
        <translation>Lưu độ lệch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="67"/>
        <source>Print calibration sheet…</source>
        <translation>In trang căn chỉnh…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="71"/>
        <source>Printer calibration (pre-printed blanks)</source>
        <translation>Căn chỉnh máy in (in trên phôi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="75"/>
        <source>Print the calibration sheet at actual size, measure how far the marks are from where they should be, and enter the offsets here.</source>
        <translation>In trang căn chỉnh ở đúng cỡ thật (100 %), đo các dấu lệch bao nhiêu so với vị trí đúng rồi nhập độ lệch vào đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="81"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="83"/>
        <source>Right</source>
        <translation>Sang phải</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="85"/>
        <source>Down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="87"/>
        <source>Offsets</source>
        <translation>Độ lệch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="96"/>
        <source>Certificate templates</source>
        <translation>Mẫu giấy khen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="98"/>
        <source>Design the template…</source>
        <translation>Thiết kế mẫu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="99"/>
        <source>Place the fields on a scan of your blank (Ctrl+D)</source>
        <translation>Đặt các trường lên ảnh quét phôi của cơ quan (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="186"/>
        <source>Add a decision with recipients to see templates.</source>
        <translation>Hãy tạo một quyết định có người được khen để xem mẫu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_views.py" line="194"/>
        <source>⚠ For decision {0}: {1}</source>
        <translation>⚠ Với quyết định {0}: {1}</translation>
    </message>
</context>
</TS>
