"""Assignments (extractor/rules/assignments.py): one entry per agency block — who must act, and their tasks.

Each row is a hand-written duties section in one of the genre's layouts (numbered agency headings,
``Giao X: …``, ``a) X chủ trì, phối hợp …``, ``Đề nghị …``, ``* Đối với …:``, paragraphs instead of list items,
``Điều 2.``/``Điều 3.`` of a Quyết định), placed after the purpose and time sections of a small plan. The
expected blocks follow the guide: agency without numbering, ``Giao``/``Đề nghị``/``Đối với`` and final ``:``;
one task per list item (or paragraph) without its marker, a final ``;`` dropped, a final ``.`` kept as
written; suggested activities with no agency are not assignments. A new layout goes into ``SECTIONS``;
a known gap via ``gap``.
"""

from __future__ import annotations

import pytest
from extractor_helpers import CLOSING, check_field, directive, run, table

LEAD = ("I. MỤC ĐÍCH\n- Lan tỏa phong trào văn nghệ quần chúng.\n\n"
        "II. THỜI GIAN\nTừ ngày 16/10/2023 đến ngày 20/10/2023.\n\n")


def block(agency: str, *tasks: str) -> dict:
    return {"agency": agency, "tasks": list(tasks)}


SECTIONS = [
    ("numbered-headings",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Chủ trì tổ chức Liên hoan.\n- Bố trí sân khấu, âm thanh.\n"
     "2. Trung tâm Y tế huyện\n- Cử cán bộ trực y tế tại buổi khai mạc."),
     [block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan.", "Bố trí sân khấu, âm thanh."),
      block("Trung tâm Y tế huyện", "Cử cán bộ trực y tế tại buổi khai mạc.")]),
    ("headings-with-colon",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin:\n- Chủ trì tổ chức Liên hoan.\n2. Các trường Tiểu học, THCS:\n"
     "- Cử học sinh tham gia đồng diễn."),
     [block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan."),
      block("Các trường Tiểu học, THCS", "Cử học sinh tham gia đồng diễn.")]),
    ("sub-numbered-headings",
     ("III. TỔ CHỨC THỰC HIỆN\n3.1. Phòng Văn hóa và Thông tin\n- Xây dựng kịch bản chương trình.\n3.2. UBND các xã, thị trấn\n"
     "- Thành lập đội tuyên truyền lưu động;\n- Đăng ký tham gia trước ngày 05/10/2023."),
     [block("Phòng Văn hóa và Thông tin", "Xây dựng kịch bản chương trình."),
      block("UBND các xã, thị trấn", "Thành lập đội tuyên truyền lưu động", "Đăng ký tham gia trước ngày 05/10/2023.")]),
    ("bold-markdown-headings",
     ("III. TỔ CHỨC THỰC HIỆN\n**1. Phòng Văn hóa và Thông tin**\n- Chủ trì tổ chức Liên hoan.\n**2. Huyện đoàn**\n"
     "- Huy động đoàn viên làm tình nguyện viên."),
     [block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan."),
      block("Huyện đoàn", "Huy động đoàn viên làm tình nguyện viên.")]),
    ("trach-nhiem-section",
     ("III. TRÁCH NHIỆM CỦA CÁC ĐƠN VỊ\n1. Văn phòng HĐND và UBND huyện\n- Bố trí xe đưa đón đại biểu.\n"
     "2. Ban Chỉ huy Quân sự huyện\n- Hỗ trợ lực lượng dựng sân khấu."),
     [block("Văn phòng HĐND và UBND huyện", "Bố trí xe đưa đón đại biểu."),
      block("Ban Chỉ huy Quân sự huyện", "Hỗ trợ lực lượng dựng sân khấu.")]),
    ("giao-inline-colon",
     "III. TỔ CHỨC THỰC HIỆN\nGiao Trung tâm Văn hóa - Thể thao huyện: bố trí địa điểm, âm thanh, ánh sáng cho buổi khai mạc.",
     [block("Trung tâm Văn hóa - Thể thao huyện", "bố trí địa điểm, âm thanh, ánh sáng cho buổi khai mạc.")]),
    ("giao-sentence",
     "III. TỔ CHỨC THỰC HIỆN\nGiao Phòng Nội vụ huyện chịu trách nhiệm tham mưu khen thưởng các tập thể có thành tích.",
     [block("Phòng Nội vụ huyện", "chịu trách nhiệm tham mưu khen thưởng các tập thể có thành tích.")]),
    ("giao-cho",
     "III. TỔ CHỨC THỰC HIỆN\nGiao cho Phòng Văn hóa và Thông tin chủ trì, hướng dẫn các xã xây dựng tiết mục.",
     [block("Phòng Văn hóa và Thông tin", "chủ trì, hướng dẫn các xã xây dựng tiết mục.")]),
    ("letter-items-chu-tri-phoi-hop",
     ("III. TỔ CHỨC THỰC HIỆN\na) Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Văn hóa và Thông tin bố trí kinh "
     "phí.\nb) Công an huyện bảo đảm an ninh trật tự trong thời gian tổ chức."),
     [block("Phòng Tài chính - Kế hoạch", "chủ trì, phối hợp với Phòng Văn hóa và Thông tin bố trí kinh phí."),
      block("Công an huyện", "bảo đảm an ninh trật tự trong thời gian tổ chức.")]),
    ("de-nghi-heading-with-list",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Chủ trì tổ chức Liên hoan.\n"
     "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện\n- Vận động đoàn viên, hội viên tham gia cổ vũ.\n"
     "- Giám sát việc tổ chức Liên hoan."),
     [block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan."),
      block("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Vận động đoàn viên, hội viên tham gia cổ vũ.",
            "Giám sát việc tổ chức Liên hoan.")]),
    ("de-nghi-inline",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Chủ trì tổ chức Liên hoan.\n"
     "2. Đề nghị Hội Liên hiệp Phụ nữ huyện vận động hội viên tham gia cổ vũ."),
     [block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan."),
      block("Hội Liên hiệp Phụ nữ huyện", "vận động hội viên tham gia cổ vũ.")]),
    ("doi-voi-star-headings",
     ("III. TỔ CHỨC THỰC HIỆN\n* Đối với các trường THCS:\n- Thành lập đội văn nghệ tham gia Liên hoan.\n"
     "- Bố trí giáo viên phụ trách.\n* Đối với các xã, thị trấn:\n- Tuyên truyền trên hệ thống loa truyền thanh."),
     [block("các trường THCS", "Thành lập đội văn nghệ tham gia Liên hoan.", "Bố trí giáo viên phụ trách."),
      block("các xã, thị trấn", "Tuyên truyền trên hệ thống loa truyền thanh.")]),
    ("dash-agency-colon-inline",
     ("III. TỔ CHỨC THỰC HIỆN\n- Phòng Văn hóa và Thông tin: chủ trì tổ chức Liên hoan; xây dựng thể lệ.\n"
     "- Trung tâm Y tế huyện: cử cán bộ trực y tế."),
     [block("Phòng Văn hóa và Thông tin", "chủ trì tổ chức Liên hoan; xây dựng thể lệ."),
      block("Trung tâm Y tế huyện", "cử cán bộ trực y tế.")]),
    ("several-bodies-stay-one-block",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Giáo dục và Đào tạo, Huyện đoàn\n- Vận động học sinh, đoàn viên tham gia biểu diễn.\n"
     "2. Trung tâm Y tế huyện\n- Cử cán bộ trực y tế."),
     [block("Phòng Giáo dục và Đào tạo, Huyện đoàn", "Vận động học sinh, đoàn viên tham gia biểu diễn."),
      block("Trung tâm Y tế huyện", "Cử cán bộ trực y tế.")]),
    ("paragraphs-as-tasks",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ\nTham mưu UBND huyện khen thưởng các tập thể, cá nhân có thành tích xuất sắc.\n"
     "2. Đài Truyền thanh - Truyền hình huyện\nĐưa tin, phóng sự về Liên hoan trên sóng truyền hình."),
     [block("Phòng Nội vụ", "Tham mưu UBND huyện khen thưởng các tập thể, cá nhân có thành tích xuất sắc."),
      block("Đài Truyền thanh - Truyền hình huyện", "Đưa tin, phóng sự về Liên hoan trên sóng truyền hình.")]),
    ("ocr-comma-after-a-heading-number",
     "IV. TỔ CHỨC THỰC HIỆN\n1. Hiệu trưởng:\n- Chỉ đạo chung.\n5, Cán bộ thư viện:\n- Chuẩn bị phòng đọc.",
     [block("Hiệu trưởng", "Chỉ đạo chung."), block("Cán bộ thư viện", "Chuẩn bị phòng đọc.")]),
    ("closing-paragraph-is-not-a-task",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Chủ trì tổ chức Liên hoan.\n\n"
     "Trên đây là Kế hoạch tổ chức Liên hoan, đề nghị các đơn vị triển khai thực hiện."),
     [block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan.")]),
    ("activities-without-agency",
     ("III. NỘI DUNG HOẠT ĐỘNG\n1. Treo băng rôn, khẩu hiệu tại trung tâm huyện.\n2. Tổ chức biểu diễn văn nghệ tại các "
     "thôn.\n3. Triển lãm ảnh về quê hương."), []),
    ("letter-tasks-under-agency-headings", ("III. PHÂN CÔNG NHIỆM VỤ\n1. Ban Tổ chức Liên hoan\na) Xây dựng thể lệ.\nb) Mời Ban Giám khảo.\n"
        "2. Các xã, thị trấn\na) Thành lập đội tuyên truyền."), [block("Ban Tổ chức Liên hoan", "Xây dựng thể lệ.", "Mời Ban Giám khảo."),
         block("Các xã, thị trấn", "Thành lập đội tuyên truyền.")],),
    ("authority-hands-a-task-on-in-prose",
     ("III. TỔ CHỨC THỰC HIỆN\nVề nội dung này, Chủ tịch Ủy ban nhân dân huyện giao Phòng Tư pháp huyện nghiên cứu, "
      "đề xuất phương án xử lý."),
     [block("Phòng Tư pháp huyện", "nghiên cứu, đề xuất phương án xử lý.")]),
    ("giao-bodies-listed-after-a-colon",
     ("III. TỔ CHỨC THỰC HIỆN\nGiao các Phòng: Nội vụ, Tài chính - Kế hoạch, Xây dựng có ý kiến về dự thảo Kế hoạch, "
      "gửi Phòng Văn hóa và Thông tin tổng hợp."),
     [block("các Phòng: Nội vụ, Tài chính - Kế hoạch, Xây dựng",
            "có ý kiến về dự thảo Kế hoạch, gửi Phòng Văn hóa và Thông tin tổng hợp.")]),
    ("execution-clause-addressed-to-the-officials",
     ("III. TỔ CHỨC THỰC HIỆN\nCác ông (bà): Chánh Văn phòng UBND huyện, Trưởng phòng Văn hóa và Thông tin, Chủ tịch "
      "UBND các xã chịu trách nhiệm thi hành Quyết định này."),
     [block("Chánh Văn phòng UBND huyện, Trưởng phòng Văn hóa và Thông tin, Chủ tịch UBND các xã",
            "chịu trách nhiệm thi hành Quyết định này.")]),
    # a programme's "- Cơ quan thực hiện: X chủ trì" rows are fields of its activities, not headings: no blocks (ruling
    # on contract §2 "a heading that names who must act"); the duties section's headings are the blocks
    ("programme-rows-name-no-block",
     ("III. NỘI DUNG\n1. Nâng cao chất lượng phục vụ bạn đọc 1.1.\nĐổi mới hình thức giới thiệu sách mới.\n"
      "1.2. Mở rộng giờ phục vụ vào cuối tuần.\n- Cơ quan thực hiện: Thư viện huyện chủ trì, phối hợp với các trường.\n"
      "- Thời gian thực hiện: Thường xuyên.\n2. Phát triển tủ sách cơ sở 2.1. Luân chuyển sách về các thôn;\n"
      "ưu tiên thôn vùng cao.\n- Cơ quan thực hiện: Phòng Văn hóa và Thông tin tổng hợp, hướng dẫn các xã.\n"
      "2.2.\nBổ sung sách cho tủ sách trường học.\n- Cơ quan thực hiện: Thư viện huyện chủ trì.\n"
      "- Thời gian thực hiện: Quý IV/2023."),
     []),
    ("programme-rows-with-partner-and-time-then-duties",
     ("II. NỘI DUNG KẾ HOẠCH\n1. Phổ biến Luật Đo lường\nTập huấn nghiệp vụ về Luật Đo lường cho cán bộ các xã.\n"
      "- Cơ quan thực hiện: Sở Công Thương; Sở Tư pháp và các sở, ngành có liên quan.\n"
      "- Cơ quan phối hợp: Ủy ban nhân dân các xã, phường.\n- Thời gian thực hiện: Quý I năm 2026.\n"
      "2. Rà soát văn bản\nRà soát các quyết định của tỉnh về đo lường.\n"
      "- Cơ quan thực hiện: Sở Công Thương chủ trì, phối hợp với Sở Tư pháp.\n"
      "III. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương\n- Theo dõi, đôn đốc việc thực hiện Kế hoạch."),
     [block("Sở Công Thương", "Theo dõi, đôn đốc việc thực hiện Kế hoạch.")]),
    ("programme-sub-items-of-a-crawl",
     ("II. CÁC NHIỆM VỤ CỤ THỂ\n1. Bảo đảm an toàn thực phẩm 1.1.\n"
      "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n"
      "- Cơ quan thực hiện: Ban Quản lý An toàn thực phẩm chủ trì, phối hợp với Công an thành phố.\n"
      "- Thời gian thực hiện: tháng 3 và tháng 9 hằng năm.\n1.2.\n"
      "Tuyên truyền trên báo, đài về an toàn thực phẩm.\n- Cơ quan thực hiện: Báo và Phát thanh, Truyền hình tỉnh.\n"
      "III. TỔ CHỨC THỰC HIỆN\nGiao Ban Quản lý An toàn thực phẩm tổng hợp, báo cáo kết quả."),
     [block("Ban Quản lý An toàn thực phẩm", "tổng hợp, báo cáo kết quả.")]),
    ("de-nghi-body-colon-long-task",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Giao Phòng Văn hóa và Thông tin chủ trì tổ chức Liên hoan.\n"
      "Đề nghị Hội Liên hiệp Phụ nữ huyện: Vận động hội viên tham gia các tiết mục văn nghệ, phối hợp với các xã, thị "
      "trấn tuyên truyền về Liên hoan trên các nhóm mạng xã hội của Hội, cử cán bộ hỗ trợ Ban Tổ chức trong suốt thời "
      "gian diễn ra Liên hoan."),
     [block("Phòng Văn hóa và Thông tin", "chủ trì tổ chức Liên hoan."),
      block("Hội Liên hiệp Phụ nữ huyện",
            "Vận động hội viên tham gia các tiết mục văn nghệ, phối hợp với các xã, thị trấn tuyên truyền về Liên hoan "
            "trên các nhóm mạng xã hội của Hội, cử cán bộ hỗ trợ Ban Tổ chức trong suốt thời gian diễn ra Liên hoan.")]),
    ("bodies-open-a-paragraph-of-the-duties-section",
     ("III. TỔ CHỨC THỰC HIỆN\nCác phòng, ban chuyên môn; Ủy ban nhân dân các xã, thị trấn căn cứ nhiệm vụ được giao "
      "xây dựng kế hoạch thực hiện;\ntổng hợp kết quả gửi Phòng Văn hóa và Thông tin."),
     [block("Các phòng, ban chuyên môn; Ủy ban nhân dân các xã, thị trấn",
            "căn cứ nhiệm vụ được giao xây dựng kế hoạch thực hiện; tổng hợp kết quả gửi Phòng Văn hóa và Thông tin.")]),    ("numbered-item-where-one-body-asks-another",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Chủ trì tổ chức Liên hoan.\n"
      "2. Ủy ban nhân dân huyện đề nghị Huyện đoàn vận động đoàn viên tham gia dàn dựng tiết mục."),
     [block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan."),
      block("Huyện đoàn", "vận động đoàn viên tham gia dàn dựng tiết mục.")]),    ("bodies-bullet-leads-the-sub-items",
     ("III. TỔ CHỨC THỰC HIỆN\n- Các cơ sở y tế thực hiện việc sơ cứu tại khu vực Liên hoan như sau:\n"
      "+ Bố trí một xe cứu thương trực tại sân khấu;\n+ Chuẩn bị thuốc và dụng cụ sơ cứu."),
     [block("Các cơ sở y tế", "Bố trí một xe cứu thương trực tại sân khấu", "Chuẩn bị thuốc và dụng cụ sơ cứu.")]),    ("lead-after-the-body-heads-its-items",
     ("III. TỔ CHỨC THỰC HIỆN\na) Trung tâm Văn hóa - Thể thao huyện chủ trì, phối hợp với Ủy ban nhân dân các xã:\n"
      "- Dựng sân khấu tại Quảng trường huyện;\n- Bố trí lực lượng trực trong ba đêm diễn."),
     [block("Trung tâm Văn hóa - Thể thao huyện chủ trì, phối hợp với Ủy ban nhân dân các xã",
            "Dựng sân khấu tại Quảng trường huyện",
            "Bố trí lực lượng trực trong ba đêm diễn.")]),    ("bullet-body-that-says-its-duty-after-a-bullet-heading",
     ("III. TỔ CHỨC THỰC HIỆN\n- Ủy ban nhân dân các xã, thị trấn:\n- Thành lập đội văn nghệ xung kích;\n"
      "- Đăng ký tiết mục với Ban Tổ chức.\n- Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định dự toán kinh phí Liên hoan."),
     [block("Ủy ban nhân dân các xã, thị trấn", "Thành lập đội văn nghệ xung kích", "Đăng ký tiết mục với Ban Tổ chức."),
      block("Phòng Tài chính - Kế hoạch", "có trách nhiệm thẩm định dự toán kinh phí Liên hoan.")]),
    # staff named by their post: "phụ trách …" says which post and "lĩnh vực quản lý …" names a field, no task starts
    ("staff-posts-named-with-their-field",
     ("III. PHÂN CÔNG NHIỆM VỤ\n1. Đồng chí Phó Trưởng phòng phụ trách lĩnh vực quản lý văn hóa\n"
      "- Duyệt kịch bản các tiết mục.\n2. Công chức phụ trách công tác thi đua, khen thưởng\n"
      "- Tổng hợp đề xuất khen thưởng.\n3. Giáo viên phụ trách đội văn nghệ các trường chủ trì luyện tập tiết mục."),
     [block("Đồng chí Phó Trưởng phòng phụ trách lĩnh vực quản lý văn hóa", "Duyệt kịch bản các tiết mục."),
      block("Công chức phụ trách công tác thi đua, khen thưởng", "Tổng hợp đề xuất khen thưởng."),
      block("Giáo viên phụ trách đội văn nghệ các trường", "chủ trì luyện tập tiết mục.")]),
    # a task table (a Word table, or a scan read cell by cell): one task per row's task cell, the body from the
    # "chủ trì" column; a row with no lead goes on from the row above (its cell broken by a page); a merged first
    # cell leaves the row's leading cells empty
    ("task-table-by-lead-column",
     ("III. NHIỆM VỤ\nSTT\tNội dung\tNhiệm vụ cụ thể\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn\n"
      "1\tHoàn thiện thể chế\t- Rà soát quy chế phối hợp liên ngành\tSở Tư pháp\tCác sở, ngành\tQuý II/2024\n"
      "\t\tBan hành quy trình tiếp nhận hồ sơ\tĐề nghị Tòa án nhân dân tỉnh\t\t12/2024\n"
      "2\n"
      "\t\tvà công khai trên cổng thông tin\n"
      "2\tTuyên truyền\tTổ chức hội nghị tập huấn\tSở Tư pháp\tSở Nội vụ\tNăm 2024"),
     [block("Sở Tư pháp", "Rà soát quy chế phối hợp liên ngành", "Tổ chức hội nghị tập huấn"),
      block("Tòa án nhân dân tỉnh", "Ban hành quy trình tiếp nhận hồ sơ và công khai trên cổng thông tin")]),
    ("task-table-lead-beside-partners",  # the lead column's title misread: it stands left of "phối hợp"
     ("III. NHIỆM VỤ\nTT\tNhiệm vụ\tĐơn vị thực hiện\tĐơn vị phối hợp\n"
      "1\tXây dựng kho dữ liệu dùng chung\tSở Thông tin và Truyền thông\tCác sở, ngành"),
     [block("Sở Thông tin và Truyền thông", "Xây dựng kho dữ liệu dùng chung")]),
    # a body that "phụ trách" something does take it as its task
    ("body-in-charge-of-a-task",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin phụ trách âm thanh, ánh sáng.\n"
      "2. Trung tâm Y tế huyện\n- Cử cán bộ trực y tế tại buổi khai mạc."),
     [block("Phòng Văn hóa và Thông tin", "phụ trách âm thanh, ánh sáng."),
      block("Trung tâm Y tế huyện", "Cử cán bộ trực y tế tại buổi khai mạc.")]),
    # a hard-wrapped item whose next line opens with a number ("… dưới" / "15 tuổi …") goes on, it is no new paragraph
    ("item-wrapped-before-a-number",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\na) Phấn đấu tỷ lệ trẻ em dưới\n15 tuổi đạt khoảng 22%;\n"
      "b) Tổ chức sơ kết công tác dân số.\n2. Sở Tài chính\na) Bố trí kinh phí thực hiện."),
     [block("Sở Y tế", "Phấn đấu tỷ lệ trẻ em dưới 15 tuổi đạt khoảng 22%", "Tổ chức sơ kết công tác dân số."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("item-wrapped-before-a-percentage",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Giáo dục và Đào tạo\n- Bảo đảm tỷ lệ học sinh được tuyên truyền đạt\n"
      "100% trong năm học;\n- Tổng hợp kết quả báo cáo UBND huyện."),
     [block("Phòng Giáo dục và Đào tạo", "Bảo đảm tỷ lệ học sinh được tuyên truyền đạt 100% trong năm học",
            "Tổng hợp kết quả báo cáo UBND huyện.")]),
    # "b) Căn cứ vào khả năng …" is a task of the list; only a paragraph "Căn cứ vào Kế hoạch này, …" closes the duties
    ("item-opening-with-can-cu-vao",
     ("III. TỔ CHỨC THỰC HIỆN\n2. Sở Tài chính\na) Phối hợp với Sở Y tế lồng ghép các mục tiêu;\n"
      "b) Căn cứ vào khả năng cân đối ngân sách hằng năm, bố trí kinh phí thực hiện;\nc) Kiểm tra việc sử dụng kinh phí."),
     [block("Sở Tài chính", "Phối hợp với Sở Y tế lồng ghép các mục tiêu",
            "Căn cứ vào khả năng cân đối ngân sách hằng năm, bố trí kinh phí thực hiện", "Kiểm tra việc sử dụng kinh phí.")]),
    ("bullet-opening-with-can-cu-vao",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ huyện\n- Căn cứ vào kết quả thi đua, tham mưu khen thưởng;\n"
      "- Theo dõi việc thực hiện.\nCăn cứ vào Kế hoạch này, các đơn vị xây dựng kế hoạch của đơn vị mình."),
     [block("Phòng Nội vụ huyện", "Căn cứ vào kết quả thi đua, tham mưu khen thưởng", "Theo dõi việc thực hiện.")]),
    # one body under its heading in two sections (the plan's contents, then its execution) is two blocks
    ("one-body-headed-in-two-sections",
     ("II. NỘI DUNG THỰC HIỆN\n1. Sở Y tế\n- Tăng cường kiểm tra công tác dân số.\n2. Sở Tài chính\n"
      "- Bố trí kinh phí.\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n- Theo dõi, đôn đốc việc thực hiện Kế hoạch này."),
     [block("Sở Y tế", "Tăng cường kiểm tra công tác dân số."), block("Sở Tài chính", "Bố trí kinh phí."),
      block("Sở Y tế", "Theo dõi, đôn đốc việc thực hiện Kế hoạch này.")]),
    ("one-body-headed-twice-by-sub-numbers",
     ("III. TỔ CHỨC THỰC HIỆN\n3.1. Phòng Văn hóa và Thông tin\n- Xây dựng kịch bản.\n3.2. Trung tâm Y tế huyện\n"
      "- Cử cán bộ trực y tế.\n4. CÔNG TÁC TUYÊN TRUYỀN\n4.1. Phòng Văn hóa và Thông tin\n- Viết tin bài."),
     [block("Phòng Văn hóa và Thông tin", "Xây dựng kịch bản."), block("Trung tâm Y tế huyện", "Cử cán bộ trực y tế."),
      block("Phòng Văn hóa và Thông tin", "Viết tin bài.")]),
    # paragraphs set apart by blank lines (a portal's markdown): a line with no blank before it goes on the paragraph
    ("blank-separated-paragraphs",
     ("III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Văn hóa và Thể thao\n\nChủ trì tổ chức các hoạt động hưởng ứng.\n"
      "Tham gia giám sát việc thực hiện;\nxây dựng quy chế phối hợp.\n\n2. Sở Y tế\n\nCử cán bộ y tế trực.\n\n"
      "3. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh\n\nVận động hội viên tham gia.\n\nPhối hợp tuyên truyền.\n\n"
      "4. Ủy ban nhân dân các xã\n\nBố trí địa điểm."),
     [block("Sở Văn hóa và Thể thao", "Chủ trì tổ chức các hoạt động hưởng ứng. Tham gia giám sát việc thực hiện; "
            "xây dựng quy chế phối hợp."),
      block("Sở Y tế", "Cử cán bộ y tế trực."),
      block("Ủy ban Mặt trận Tổ quốc tỉnh", "Vận động hội viên tham gia.", "Phối hợp tuyên truyền."),
      block("Ủy ban nhân dân các xã", "Bố trí địa điểm.")]),
    # a body's role after its name is not part of the agency
    ("role-note-after-the-body",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ (Cơ quan thường trực Ban Vì sự tiến bộ phụ nữ tỉnh):\n- Theo dõi, tổng hợp.\n"
      "2. Phòng Văn hóa và Thông tin (cơ quan chủ trì)\n- Chủ trì tổ chức Liên hoan.\n"
      "3. Sở Nội vụ (Ban Thi đua - Khen thưởng)\n- Tham mưu khen thưởng."),
     [block("Sở Nội vụ", "Theo dõi, tổng hợp."), block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan."),
      block("Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Tham mưu khen thưởng.")]),
    # a heading wrapped over lines (a crawler cutting bold markdown) names one body; its items follow
    ("heading-wrapped-over-lines",
     ("V. TỔ CHỨC THỰC HIỆN\n3. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam tỉnh, Hội Liên hiệp\n"
      "Phụ nữ tỉnh và các tổ chức thành viên\n- Tham gia phối hợp triển khai Kế hoạch này.\n- Vận động hội viên.\n"
      "4. Phòng Giáo dục\nvà Đào tạo huyện\n- Chỉ đạo các trường hưởng ứng."),
     [block("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh và các tổ chức thành viên",
            "Tham gia phối hợp triển khai Kế hoạch này.", "Vận động hội viên."),
      block("Phòng Giáo dục và Đào tạo huyện", "Chỉ đạo các trường hưởng ứng.")]),
    # a duty item that opens with its grounds, then the bodies (with a passive qualifier: "được phân công chủ trì …")
    # and "có trách nhiệm …": the bodies as written are the agency
    ("grounds-then-bodies-with-a-passive-qualifier",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp có trách nhiệm theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
      "2. Căn cứ nội dung Kế hoạch và điều kiện thực tế, các sở, ngành và Ủy ban nhân dân các huyện được phân công "
      "chủ trì thực hiện nhiệm vụ tại Kế hoạch này có trách nhiệm xây dựng kế hoạch chi tiết của đơn vị mình."),
     [block("Sở Tư pháp", "có trách nhiệm theo dõi, đôn đốc việc thực hiện Kế hoạch."),
      block("các sở, ngành và Ủy ban nhân dân các huyện được phân công chủ trì thực hiện nhiệm vụ tại Kế hoạch này",
            "có trách nhiệm xây dựng kế hoạch chi tiết của đơn vị mình.")]),
    ("on-the-basis-then-the-communes",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế chủ trì tổng hợp kết quả.\n"
      "2. Trên cơ sở Kế hoạch này, Ủy ban nhân dân các xã, thị trấn xây dựng kế hoạch của địa phương."),
     [block("Phòng Kinh tế", "chủ trì tổng hợp kết quả."),
      block("Ủy ban nhân dân các xã, thị trấn", "xây dựng kế hoạch của địa phương.")]),
    ("grounds-without-bodies-is-a-task-of-none",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế chủ trì tổng hợp kết quả.\n"
      "2. Căn cứ tình hình thực tế, việc điều chỉnh Kế hoạch do Ủy ban nhân dân huyện quyết định."),
     [block("Phòng Kinh tế", "chủ trì tổng hợp kết quả.")]),
    # "…, ứng dụng điện thoại...;" then "triển khai …": a task written on after ';' (an ellipsis ends no sentence)
    ("run-in-task-goes-on-after-an-ellipsis-and-semicolon",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: Bố trí kinh phí thực hiện.\n2. UBND các xã, thị trấn: Theo dõi, cảnh "
      "báo trên loa truyền thanh, mạng xã hội...;\ntriển khai các biện pháp khắc phục và báo cáo về Sở."),
     [block("Sở Tài chính", "Bố trí kinh phí thực hiện."),
      block("UBND các xã, thị trấn", "Theo dõi, cảnh báo trên loa truyền thanh, mạng xã hội...; triển khai các biện "
            "pháp khắc phục và báo cáo về Sở.")]),
    ("run-in-task-goes-on-after-a-semicolon",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Công an huyện: Bảo đảm an ninh trật tự tại khu vực lễ hội;\n"
      "phân luồng giao thông trong những ngày diễn ra lễ hội.\n2. Trung tâm Y tế huyện: Cử cán bộ trực y tế."),
     [block("Công an huyện", "Bảo đảm an ninh trật tự tại khu vực lễ hội; phân luồng giao thông trong những ngày diễn "
            "ra lễ hội."),
      block("Trung tâm Y tế huyện", "Cử cán bộ trực y tế.")]),
    # "1.5. Trách nhiệm của <bodies named by their kind>:" heads their duties; the agency is the bodies (ruling on
    # contract §2: "Trách nhiệm của" is a lead-in like "Đối với"); a section title over sub-headings is no block
    ("duties-of-bodies-named-by-kind",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\n- Hướng dẫn biểu mẫu kiểm kê.\n"
      "2. Trách nhiệm của đơn vị được kiểm kê:\n- Chuẩn bị hồ sơ tài sản.\n- Báo cáo kết quả cho cơ quan cấp trên.\n"
      "3. Nhiệm vụ của các cơ quan quản lý cấp trên:\n- Đôn đốc đơn vị cấp dưới."),
     [block("Sở Tài chính", "Hướng dẫn biểu mẫu kiểm kê."),
      block("đơn vị được kiểm kê", "Chuẩn bị hồ sơ tài sản.", "Báo cáo kết quả cho cơ quan cấp trên."),
      block("các cơ quan quản lý cấp trên", "Đôn đốc đơn vị cấp dưới.")]),
    ("duties-of-the-member-schools-lettered",
     ("III. TỔ CHỨC THỰC HIỆN\na) Trách nhiệm của các trường thành viên cụm:\n- Cử giáo viên tham gia chấm thi.\n"
      "b) Trách nhiệm của mình trong công tác phối hợp được quy định tại Quy chế."),
     [block("các trường thành viên cụm", "Cử giáo viên tham gia chấm thi.")]),
    ("duties-section-title-over-sub-headings",
     ("III. TỔ CHỨC THỰC HIỆN\n2. Nhiệm vụ của các cấp hội\n2.1. Hội Khuyến học các xã\n- Tuyên truyền về Tuần lễ.\n"
      "2.2. Các chi hội khuyến học\n- Vận động hội viên đăng ký học tập."),
     [block("Hội Khuyến học các xã", "Tuyên truyền về Tuần lễ."),
      block("Các chi hội khuyến học", "Vận động hội viên đăng ký học tập.")]),
    # rows of a table of activities ("Hoạt động 1" / "Nội dung:" / "Cơ quan thực hiện:") are not duty blocks
    ("activity-table-rows-are-no-blocks",
     ("II. NỘI DUNG HOẠT ĐỘNG\n1. Nâng cao nhận thức về bình đẳng giới\na) Hoạt động 1\n- Nội dung: Treo băng rôn, khẩu hiệu.\n"
      "- Cơ quan thực hiện: Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ngành.\nb) Hoạt động 2\n"
      "- Nội dung hoạt động: Tập huấn cho cán bộ.\n- Cơ quan thực hiện: Sở Y tế.\n"
      "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Theo dõi, tổng hợp kết quả."),
     [block("Sở Nội vụ", "Theo dõi, tổng hợp kết quả.")]),
    # the items of a funding section say where the money comes from, not who must act
    ("funding-section-items",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Theo dõi, tổng hợp kết quả.\nIV. KINH PHÍ THỰC HIỆN\n"
      "1. Các sở, ban, ngành, Ủy ban nhân dân các xã xây dựng dự toán kinh phí từ ngân sách hằng năm.\n"
      "2. Nguồn tài trợ hợp pháp khác (nếu có)."),
     [block("Sở Nội vụ", "Theo dõi, tổng hợp kết quả.")]),
    ("funding-section-title-wrapped",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Chủ trì tổ chức Liên hoan.\nIV. KINH\nPHÍ\n"
      "1. Ủy ban nhân dân các xã, thị trấn bố trí kinh phí từ nguồn ngân sách địa phương.\n"
      "V. CHẾ ĐỘ BÁO CÁO\nCác đơn vị báo cáo kết quả về Phòng Văn hóa và Thông tin."),
     [block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan.")]),
    # "Phòng ngừa …", "Bộ nhận diện …" open with an agency word but name a topic or a product
    ("topic-headings-with-agency-words",
     ("II. NỘI DUNG\n2. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới\n- Chỉ tiêu 1: đạt 80%.\n"
      "3. Bộ nhận diện và các thông điệp truyền thông\n- Sử dụng thống nhất trên toàn tỉnh.\n"
      "III. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa và Thể thao\n- Chủ trì tuyên truyền."),
     [block("Sở Văn hóa và Thể thao", "Chủ trì tuyên truyền.")]),
    # an emulation campaign's criteria "Đối với X" say what X is judged on, not what X must do
    ("criteria-per-kind-of-body",
     ("II. TIÊU CHÍ THI ĐUA\n1. Tiêu chí thi đua\na) Đối với các cơ quan, đơn vị\n- Hoàn thành vượt mức các chỉ tiêu.\n"
      "b) Đối với các doanh nghiệp\n- Sản xuất kinh doanh hiệu quả.\n2. Hình thức khen thưởng\n- Giấy khen.\n"
      "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ huyện\n- Hướng dẫn khen thưởng."),
     [block("Phòng Nội vụ huyện", "Hướng dẫn khen thưởng.")]),
    ("criteria-section-with-colon-headings",
     ("III. TIÊU CHUẨN KHEN THƯỞNG\n* Đối với tập thể:\n- Dẫn đầu phong trào thi đua của huyện.\n* Đối với cá nhân:\n"
      "- Có sáng kiến được công nhận.\nIV. TỔ CHỨC THỰC HIỆN\nGiao Phòng Nội vụ tổng hợp hồ sơ khen thưởng."),
     [block("Phòng Nội vụ", "tổng hợp hồ sơ khen thưởng.")]),
    # a funding section may still ask a body outright ("- Đối với các phòng, ban: Chủ động bố trí …")
    ("funding-section-asks-outright",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Chủ trì tổ chức Liên hoan.\nIV. KINH PHÍ THỰC HIỆN\n"
      "- Đối với các phòng, ban chuyên môn: Chủ động bố trí kinh phí từ nguồn đã giao."),
     [block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan."),
      block("các phòng, ban chuyên môn", "Chủ động bố trí kinh phí từ nguồn đã giao.")]),
    # "2. Trách nhiệm thực hiện" then one bullet per body, each opening with the body and going on with its task
    ("duty-bullets-each-naming-a-body",
     # (a portal's markdown: blank lines between paragraphs, a bullet hard-wrapped before a capital)
     ("V. THỜI GIAN VÀ TRÁCH NHIỆM\n\n1. Thời gian\n\nTừ nay đến hết năm 2025.\n\n2. Trách nhiệm thực hiện\n\n"
      "- Các cơ quan, đơn vị căn cứ Kế hoạch này phát động Đợt thi đua.\n\n"
      "- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh phát huy vai trò vận động Nhân dân.\n\n"
      "- Sở Văn hóa và Thể thao phối hợp với Ban\nTuyên giáo Tỉnh ủy chỉ đạo công tác tuyên truyền.\n\n"
      "- Sở Nội vụ hướng dẫn khen thưởng Đợt thi đua."),
     [block("Các cơ quan, đơn vị", "căn cứ Kế hoạch này phát động Đợt thi đua."),
      block("Ủy ban Mặt trận Tổ quốc tỉnh", "phát huy vai trò vận động Nhân dân."),
      block("Sở Văn hóa và Thể thao", "phối hợp với Ban Tuyên giáo Tỉnh ủy chỉ đạo công tác tuyên truyền."),
      block("Sở Nội vụ", "hướng dẫn khen thưởng Đợt thi đua.")]),
    ("duty-bullets-under-a-roman-section",
     ("IV. TỔ CHỨC THỰC HIỆN\n- Phòng Giáo dục và Đào tạo chỉ đạo các trường hưởng ứng Tuần lễ.\n"
      "- Trung tâm Y tế huyện cử cán bộ trực y tế."),
     [block("Phòng Giáo dục và Đào tạo", "chỉ đạo các trường hưởng ứng Tuần lễ."),
      block("Trung tâm Y tế huyện", "cử cán bộ trực y tế.")]),
    # a heading cut after "và"/"của": the name ends at the colon of the next line, the task follows it
    ("heading-cut-after-a-conjunction",
     ("VI. TỔ CHỨC THỰC HIỆN\n1. Đề nghị Ban Tuyên giáo và\nDân vận Tỉnh ủy: Ban hành văn bản chỉ đạo công tác tuyên "
      "truyền.\n2. Sở Văn hóa, Thể thao và\nDu lịch: Tiếp tục chỉ đạo các cơ quan truyền thông.\n"
      "3. Văn phòng Ủy ban nhân dân của\nhuyện\n- Bố trí hội trường."),
     [block("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban hành văn bản chỉ đạo công tác tuyên truyền."),
      block("Sở Văn hóa, Thể thao và Du lịch", "Tiếp tục chỉ đạo các cơ quan truyền thông."),
      block("Văn phòng Ủy ban nhân dân của huyện", "Bố trí hội trường.")]),
    # purpose, who competes, quotas and paperwork sections name no one who must act
    ("purpose-and-quota-sections",
     ("I. MỤC ĐÍCH, YÊU CẦU\n2. Yêu cầu\na) Các cơ quan, đơn vị coi việc thi đua là nhiệm vụ trọng tâm.\n"
      "IV. SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG\n- Đối với Công an huyện;\nPhòng Tài chính mỗi đơn vị không quá 01 tập thể.\n"
      "V. THỦ TỤC, HỒ SƠ\n1. Các cơ quan, đơn vị gửi hồ sơ qua phần mềm.\n"
      "VI. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ: Hướng dẫn khen thưởng."),
     [block("Phòng Nội vụ", "Hướng dẫn khen thưởng.")]),
    # a gazette's running head or e-signature stamp printed mid-list is no paragraph: the list goes on after it
    ("gazette-running-head-mid-list",
     ("II. TỔ CHỨC THỰC HIỆN\n4. Ủy ban nhân dân các tỉnh\na) Rà soát toàn bộ thôn, tổ dân phố;\n"
      "CÔNG BÁO/Số 215/Ngày 12-04-2026\nb) Xây dựng Đề án sắp xếp;\nKý bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Cơ quan: VĂN PHÒNG CHÍNH PHỦ\nc) Báo cáo kết quả thực hiện.\n5. Bộ Tài chính\na) Hướng dẫn sử dụng kinh phí."),
     [block("Ủy ban nhân dân các tỉnh", "Rà soát toàn bộ thôn, tổ dân phố", "Xây dựng Đề án sắp xếp",
            "Báo cáo kết quả thực hiện."),
      block("Bộ Tài chính", "Hướng dẫn sử dụng kinh phí.")]),
    # a paragraph ending with ":" after items leads the sub-items below it: it and they are tasks of the block
    ("lead-paragraph-between-items",
     ("II. TỔ CHỨC THỰC HIỆN\n4. Ủy ban nhân dân các tỉnh\na) Kết thúc hoạt động của người không chuyên trách.\n"
      "Phương án bố trí phải gắn với yêu cầu nâng cao chất lượng đội ngũ, theo hướng:\n"
      "- Tiếp nhận vào làm công chức cấp xã;\n- Giải quyết chế độ, chính sách.\nb) Báo cáo tiến độ hằng tháng.\n"
      "5. Bộ Nội vụ\na) Theo dõi, tổng hợp."),
     [block("Ủy ban nhân dân các tỉnh", "Kết thúc hoạt động của người không chuyên trách.",
            "Phương án bố trí phải gắn với yêu cầu nâng cao chất lượng đội ngũ, theo hướng:",
            "Tiếp nhận vào làm công chức cấp xã", "Giải quyết chế độ, chính sách.", "Báo cáo tiến độ hằng tháng."),
      block("Bộ Nội vụ", "Theo dõi, tổng hợp.")]),
    # an item cut mid-sentence before a capital ("… tổng hợp báo cáo" / "Ban Bí thư … theo quy định.") goes on
    ("item-cut-before-a-capital",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\na) Định kỳ báo cáo Ủy ban nhân dân tỉnh để tổng hợp báo cáo\n"
      "Ban Thường vụ Tỉnh ủy theo quy định.\nb) Hướng dẫn khen thưởng.\n2. Sở Tài chính\na) Bố trí kinh phí thực hiện\n"
      "Kế hoạch này;\nb) Kiểm tra quyết toán."),
     [block("Sở Nội vụ", "Định kỳ báo cáo Ủy ban nhân dân tỉnh để tổng hợp báo cáo Ban Thường vụ Tỉnh ủy theo quy định.",
            "Hướng dẫn khen thưởng."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện Kế hoạch này", "Kiểm tra quyết toán.")]),
    # where to get in touch names an office, not a duty
    ("contact-section",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Đào tạo\n- Tiếp nhận hồ sơ.\n2. Thông tin liên lạc\n"
      "- Phòng Công tác sinh viên, số 12 Lê Lợi, Huế. Điện thoại: 0234.382.1234, Email: ctsv@hue.edu.vn\n"
      "- Website: https://hue.edu.vn"),
     [block("Phòng Đào tạo", "Tiếp nhận hồ sơ.")]),
    # each item's timetable on an unmarked line under it has no marker of its own: it is the rest of that item
    # (contract §2: one string per list item), joined to its task, never a task of its own nor dropped
    ("schedule-notes-under-items",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Tài chính - Kế hoạch\n- Hướng dẫn các đơn vị lập biểu kiểm kê.\n"
      "Thời gian thực hiện: Từ tháng 3/2024 đến khi kết thúc.\n- Tổng hợp kết quả, báo cáo UBND huyện.\n"
      "Thời gian hoàn thành: Tháng 6/2024.\n2. UBND các xã\n- Tổ chức kiểm kê tại địa phương.\n"
      "Thời hạn hoàn thành: trước ngày 30/5/2024."),
     [block("Phòng Tài chính - Kế hoạch",
            "Hướng dẫn các đơn vị lập biểu kiểm kê. Thời gian thực hiện: Từ tháng 3/2024 đến khi kết thúc.",
            "Tổng hợp kết quả, báo cáo UBND huyện. Thời gian hoàn thành: Tháng 6/2024."),
      block("UBND các xã", "Tổ chức kiểm kê tại địa phương. Thời hạn hoàn thành: trước ngày 30/5/2024.")]),
    ("schedule-note-with-bare-thoi-gian",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Văn hóa huyện\n+ Chuẩn bị sân khấu, âm thanh.\nThời gian: tháng 10/2023.\n"
      "+ Trang trí khu vực khai mạc."),
     [block("Trung tâm Văn hóa huyện", "Chuẩn bị sân khấu, âm thanh. Thời gian: tháng 10/2023.",
            "Trang trí khu vực khai mạc.")]),
    # a portal's markdown: blank lines between paragraphs, the label wrapped after "Thời", "Thời hạn thực hiện"
    ("schedule-note-wrapped-in-markdown",
     ("IV. TỔ CHỨC THỰC HIỆN\n\n*2.1. Các trường trung học phổ thông*\n\n- Rà soát\nhồ sơ học sinh diện chính sách.\n\n"
      "Thời\nhạn thực hiện: Quý I năm 2025.\n\n- Cập nhật\ncơ sở dữ liệu ngành.\n\n*2.2. Trung tâm Giáo dục thường xuyên*\n\n"
      "- Tuyển sinh\ncác lớp bổ túc.\n\nThời\ngian hoàn thành: Tháng 9/2025."),
     [block("Các trường trung học phổ thông",
            "Rà soát hồ sơ học sinh diện chính sách. Thời hạn thực hiện: Quý I năm 2025.",
            "Cập nhật cơ sở dữ liệu ngành."),
      block("Trung tâm Giáo dục thường xuyên", "Tuyển sinh các lớp bổ túc. Thời gian hoàn thành: Tháng 9/2025.")]),
    # a heading naming a kind of body and its members in brackets; "tham mưu"/"quản lý" there name the bodies' kind
    ("advisory-bodies-with-members-in-brackets",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Phòng: Kinh tế, Hạ tầng và Đô thị, "
      "Tài chính - Kế hoạch, Văn hóa, Khoa học và Thông tin, Nội vụ, Y tế)\n- Hướng dẫn các đơn vị rà soát số liệu.\n"
      "2. Các cơ quan quản lý cấp trên\n- Đôn đốc đơn vị trực thuộc thực hiện kiểm kê."),
     [block("Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Phòng: Kinh tế, Hạ tầng và Đô thị, Tài chính - Kế "
            "hoạch, Văn hóa, Khoa học và Thông tin, Nội vụ, Y tế)", "Hướng dẫn các đơn vị rà soát số liệu."),
      block("Các cơ quan quản lý cấp trên", "Đôn đốc đơn vị trực thuộc thực hiện kiểm kê.")]),
    # "là tổ chức / cá nhân" narrows which bodies act; it is no task "tổ chức …"
    ("bodies-narrowed-by-la-to-chuc",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Hạt Kiểm lâm huyện\n- Tăng cường tuần tra rừng.\n"
      "2. Các chủ rừng là tổ chức (các Ban quản lý rừng phòng hộ, các Công ty lâm nghiệp)\n"
      "- Rà soát diện tích rừng được giao.\n- Chịu trách nhiệm nếu để xảy ra phá rừng."),
     [block("Hạt Kiểm lâm huyện", "Tăng cường tuần tra rừng."),
      block("Các chủ rừng là tổ chức (các Ban quản lý rừng phòng hộ, các Công ty lâm nghiệp)",
            "Rà soát diện tích rừng được giao.", "Chịu trách nhiệm nếu để xảy ra phá rừng.")]),
    ("bodies-narrowed-by-la-ca-nhan",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Chi cục Thuế khu vực\n- Hướng dẫn kê khai thuế.\n"
      "2. Các chủ đầu tư là doanh nghiệp\n- Báo cáo tiến độ giải ngân hằng quý."),
     [block("Chi cục Thuế khu vực", "Hướng dẫn kê khai thuế."),
      block("Các chủ đầu tư là doanh nghiệp", "Báo cáo tiến độ giải ngân hằng quý.")]),
    # an item that runs over several paragraphs: the list goes on with its dash after them
    ("item-of-several-paragraphs",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Các cơ sở y tế\n- Cung ứng đủ thuốc phục vụ người bệnh.\n"
      "Thường xuyên rà soát kết quả đấu thầu thuốc.\n- Công khai danh mục thuốc tại đơn vị.\n"
      "2. Trung tâm Y tế huyện\n- Kiểm tra việc kê đơn."),
     [block("Các cơ sở y tế", "Cung ứng đủ thuốc phục vụ người bệnh. Thường xuyên rà soát kết quả đấu thầu thuốc.",
            "Công khai danh mục thuốc tại đơn vị."),
      block("Trung tâm Y tế huyện", "Kiểm tra việc kê đơn.")]),
    ("item-with-a-quoted-article-after-it",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Các trường học\n+ Phổ biến cho giáo viên quy định về dạy thêm.\n"
      "Điều 5 Thông tư quy định: nhà trường không tổ chức dạy thêm đối với học sinh tiểu học.\n"
      "+ Hiệu trưởng chịu trách nhiệm nếu để xảy ra vi phạm."),
     [block("Các trường học", "Phổ biến cho giáo viên quy định về dạy thêm. Điều 5 Thông tư quy định: nhà trường "
            "không tổ chức dạy thêm đối với học sinh tiểu học.", "Hiệu trưởng chịu trách nhiệm nếu để xảy ra vi phạm.")]),
    # "Đề nghị:" with a colon before the bodies' names, the heading wrapped over two lines
    ("de-nghi-colon-names-wrapped",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế\n- Hướng dẫn hợp tác xã chuyển đổi số.\n6. Đề nghị: Hội Nông dân\n"
      "huyện, Hội Liên hiệp Phụ nữ huyện\na) Vận động hội viên tham gia.\nb) Phối hợp tuyên truyền mô hình tiêu biểu."),
     [block("Phòng Kinh tế", "Hướng dẫn hợp tác xã chuyển đổi số."),
      block("Hội Nông dân huyện, Hội Liên hiệp Phụ nữ huyện", "Vận động hội viên tham gia.",
            "Phối hợp tuyên truyền mô hình tiêu biểu.")]),
    ("de-nghi-colon-one-line",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Đề nghị: Ủy ban Mặt trận Tổ quốc Việt Nam huyện\n- Giám sát việc thực hiện."),
     [block("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Giám sát việc thực hiện.")]),
    # a numbered heading cut after a word that names no body alone: the next line holds the rest of the name
    ("heading-cut-after-so-task-paragraph",
     ("III. TỔ CHỨC THỰC HIỆN\n\n3.4. Sở\nLao động - Thương binh và Xã hội\n\nChủ trì, phối hợp với các đơn vị liên quan "
      "rà soát hộ nghèo trên địa bàn.\n\n3.5. Sở\nThông tin và Truyền thông\n\nChỉ đạo các cơ quan báo chí tuyên truyền "
      "về Kế hoạch."),
     [block("Sở Lao động - Thương binh và Xã hội", "Chủ trì, phối hợp với các đơn vị liên quan rà soát hộ nghèo trên "
            "địa bàn."),
      block("Sở Thông tin và Truyền thông", "Chỉ đạo các cơ quan báo chí tuyên truyền về Kế hoạch.")]),
    # "Văn phòng" alone heads nothing either: "4.6. Văn phòng" / "Ủy ban nhân dân tỉnh phối hợp theo dõi, …"
    ("heading-cut-after-van-phong-task-inline",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì triển khai Kế hoạch.\n2. Văn phòng\nỦy ban nhân dân tỉnh phối hợp "
      "theo dõi, đôn đốc việc thực hiện.\n3. Văn phòng\nĐoàn đại biểu Quốc hội tỉnh tổng hợp ý kiến cử tri."),
     [block("Sở Y tế", "chủ trì triển khai Kế hoạch."),
      block("Văn phòng Ủy ban nhân dân tỉnh", "phối hợp theo dõi, đôn đốc việc thực hiện."),
      block("Văn phòng Đoàn đại biểu Quốc hội tỉnh", "tổng hợp ý kiến cử tri.")]),
    ("heading-cut-after-phong-items",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng\nGiáo dục và Đào tạo\n- Hướng dẫn các trường xây dựng kế hoạch.\n"
      "- Tổng hợp kết quả.\n2. Trung tâm Y tế huyện\n- Kiểm tra an toàn thực phẩm."),
     [block("Phòng Giáo dục và Đào tạo", "Hướng dẫn các trường xây dựng kế hoạch.", "Tổng hợp kết quả."),
      block("Trung tâm Y tế huyện", "Kiểm tra an toàn thực phẩm.")]),
    ("heading-cut-after-de-nghi",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế\n- Hướng dẫn hợp tác xã.\n5. Đề nghị\nHội Cựu chiến binh huyện, "
      "Huyện đoàn, Hội Liên hiệp Phụ nữ huyện\n- Vận động hội viên tham gia.\n- Giám sát việc thực hiện."),
     [block("Phòng Kinh tế", "Hướng dẫn hợp tác xã."),
      block("Hội Cựu chiến binh huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện", "Vận động hội viên tham gia.",
            "Giám sát việc thực hiện.")]),
    ("heading-cut-after-de-nghi-plural",
     ("III. TỔ CHỨC THỰC HIỆN\n\n6. Đề nghị\ncác hợp tác xã nông nghiệp trên địa bàn\n\n- Chủ động liên kết "
      "tiêu thụ sản phẩm.\n\n- Báo cáo khó khăn, vướng mắc."),
     [block("các hợp tác xã nông nghiệp trên địa bàn", "Chủ động liên kết tiêu thụ sản phẩm.",
            "Báo cáo khó khăn, vướng mắc.")]),
    # an adverb before the verb ("khẩn trương", "tích cực") opens the task, not the end of the body's name
    ("adverb-before-the-verb-opens-the-task",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Ban Quản lý dự án 7 khẩn trương hoàn thành hồ sơ thanh quyết toán.\n"
      "2. Trung tâm Y tế huyện tích cực phối hợp tuyên truyền phòng chống dịch sốt xuất huyết."),
     [block("Ban Quản lý dự án 7", "khẩn trương hoàn thành hồ sơ thanh quyết toán."),
      block("Trung tâm Y tế huyện", "tích cực phối hợp tuyên truyền phòng chống dịch sốt xuất huyết.")]),
    ("kien-toan-opens-the-task",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Giao Phòng Nội vụ kiện toàn Tổ công tác cải cách hành chính của huyện.\n"
      "2. Các phòng, ban chuyên môn khẩn trương cử công chức tham gia Tổ công tác."),
     [block("Phòng Nội vụ", "kiện toàn Tổ công tác cải cách hành chính của huyện."),
      block("Các phòng, ban chuyên môn", "khẩn trương cử công chức tham gia Tổ công tác.")]),
    # the labels under a duty written as paragraphs say who and when; they are no tasks
    ("labels-under-paragraph-tasks",
     ("III. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Tư pháp\n\nTổ chức tập huấn kỹ năng soạn thảo văn bản cho công chức.\n\n"
      "Đơn vị phối hợp: Phòng Nội vụ.\n\nThời gian thực hiện: Quý III năm 2023.\n\n2. Trung tâm Văn hóa huyện\n\n"
      "Bố trí hội trường.\n\nĐơn vị thực hiện: Trung tâm Văn hóa huyện."),
     [block("Phòng Tư pháp", "Tổ chức tập huấn kỹ năng soạn thảo văn bản cho công chức."),
      block("Trung tâm Văn hóa huyện", "Bố trí hội trường.")]),
    ("labels-after-a-wrapped-paragraph",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Các xã, thị trấn\nRà soát, cập nhật danh sách hộ nghèo\ntrên địa bàn.\n"
      "Thời hạn hoàn thành: tháng 12/2023.\nĐơn vị chủ trì: Ủy ban nhân dân các xã."),
     [block("Các xã, thị trấn", "Rà soát, cập nhật danh sách hộ nghèo trên địa bàn.")]),
    # "xây dựng" closing a body's name names its field; the task starts after it
    ("name-ends-with-the-field-xay-dung",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Ban Quản lý dự án đầu tư xây dựng huyện chủ trì khảo sát, sửa chữa sân khấu.\n"
      "2. Cục Kết cấu hạ tầng xây dựng tham mưu việc kiểm tra hệ thống thoát nước.\n"
      "3. Phòng Quản lý vật liệu xây dựng phối hợp kiểm tra chất lượng vật liệu."),
     [block("Ban Quản lý dự án đầu tư xây dựng huyện", "chủ trì khảo sát, sửa chữa sân khấu."),
      block("Cục Kết cấu hạ tầng xây dựng", "tham mưu việc kiểm tra hệ thống thoát nước."),
      block("Phòng Quản lý vật liệu xây dựng", "phối hợp kiểm tra chất lượng vật liệu.")]),
    ("other-bodies-of-the-building-field",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Quản lý xây dựng chủ trì kiểm tra chất lượng công trình.\n"
      "2. Đội Quản lý trật tự xây dựng đô thị phối hợp xử lý vi phạm.\n"
      "3. Phòng Kinh tế và Hạ tầng xây dựng kế hoạch kiểm tra các công trình."),
     [block("Phòng Quản lý xây dựng", "chủ trì kiểm tra chất lượng công trình."),
      block("Đội Quản lý trật tự xây dựng đô thị", "phối hợp xử lý vi phạm."),
      block("Phòng Kinh tế và Hạ tầng", "xây dựng kế hoạch kiểm tra các công trình.")]),
    # ... only "xây dựng": after "đầu tư" any other verb still starts the task
    ("dau-tu-before-another-verb-starts-the-task",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Chủ đầu tư thực hiện nghiêm quy định về quản lý chất lượng công trình.\n"
      "2. Các nhà đầu tư triển khai dự án đúng tiến độ đã cam kết.\n"
      "3. Phòng Hạ tầng phối hợp rà soát các dự án chậm tiến độ."),
     [block("Chủ đầu tư", "thực hiện nghiêm quy định về quản lý chất lượng công trình."),
      block("Các nhà đầu tư", "triển khai dự án đúng tiến độ đã cam kết."),
      block("Phòng Hạ tầng", "phối hợp rà soát các dự án chậm tiến độ.")]),
    # "Nhiệm vụ của <a sector> năm học …" titles the year's work of a whole sector, whichever it is; a sector's duties
    # without a period are its own
    ("a-sectors-work-of-a-year-is-no-holder",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Nhiệm vụ của ngành y tế năm 2025:\n- Tăng cường giám sát dịch bệnh.\n"
      "2. Trách nhiệm của ngành văn hóa:\n- Tuyên truyền phòng chống dịch trên địa bàn.\n"
      "3. Nhiệm vụ của ngành giáo dục trong giai đoạn 2025-2030:\n- Đổi mới phương pháp dạy học."),
     [block("ngành văn hóa", "Tuyên truyền phòng chống dịch trên địa bàn.")]),
    ("contact-heading-lien-he",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Văn hóa huyện\n- Bố trí sân khấu.\nIV. LIÊN HỆ\n"
      "- Văn phòng Ban Tổ chức: Tầng 2, Trung tâm Văn hóa huyện, điện thoại 0255.3822.111."),
     [block("Trung tâm Văn hóa huyện", "Bố trí sân khấu.")]),
]


# a numbered item whose bodies say their duty with the modal alone ("X phải đi đầu trong …"): "phải" opens the task
MODAL_DUTIES = [
    ("modal-after-a-list-of-bodies",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin chủ trì tổ chức Liên hoan.\n"
      "2. Cấp ủy, chính quyền các xã, nhất là các xã vùng cao phải đi đầu trong gìn giữ bản sắc văn hóa dân tộc."),
     [block("Phòng Văn hóa và Thông tin", "chủ trì tổ chức Liên hoan."),
      block("Cấp ủy, chính quyền các xã, nhất là các xã vùng cao",
            "phải đi đầu trong gìn giữ bản sắc văn hóa dân tộc.")]),
    ("modal-after-one-body",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin chủ trì tổ chức Liên hoan.\n"
      "2. Ủy ban nhân dân các xã phải gương mẫu đi đầu trong việc giữ gìn vệ sinh môi trường nơi diễn ra Liên hoan."),
     [block("Phòng Văn hóa và Thông tin", "chủ trì tổ chức Liên hoan."),
      block("Ủy ban nhân dân các xã", "phải gương mẫu đi đầu trong việc giữ gìn vệ sinh môi trường nơi diễn ra Liên hoan.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(MODAL_DUTIES))
def test_a_duty_said_with_the_modal_alone(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


@pytest.mark.parametrize("row_id,section,expected", table(SECTIONS))
def test_assignments(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


@pytest.mark.parametrize("row_id,topics", [
    ("topics-under-nhiem-vu",
     ("III. NHIỆM\nVỤ, GIẢI PHÁP TRỌNG TÂM\n1. Thúc đẩy ứng dụng công nghệ số trong doanh nghiệp\n"
      "- Hỗ trợ doanh nghiệp nhỏ chuyển đổi số.\n2. Hợp tác và thu hút đầu tư\n- Tổ chức xúc tiến đầu tư.\n")),
    ("topics-diversify",
     ("III. NHIỆM VỤ\n1. Đa dạng mô hình giáo dục mầm non phù hợp địa bàn đô thị\n- Bố trí quỹ đất xây trường.\n"
      "2. Ứng dụng công nghệ thông tin trong quản lý\n- Triển khai phần mềm quản lý trường học.\n")),
])
def test_topic_headings_of_a_duties_section_are_no_agencies(row_id, topics):
    # a heading that opens with what is to be done ("Thúc đẩy …", "Hợp tác và …", "Đa dạng …") names no body
    text = directive(body=LEAD + topics + "IV. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế\n- Chủ trì triển khai kế hoạch.")
    check_field(row_id, text, "assignments", [block("Phòng Kinh tế", "Chủ trì triển khai kế hoạch.")])


def test_a_letters_appendix_of_tasks_each_with_its_lead_body():
    """ "Phụ lục" after the signature: numbered tasks, each followed by "a) Đơn vị chủ trì: X" / "b) Đơn vị phối
    hợp: …"; a task's sentence goes on over the page (a lower-case line)."""
    closing = (CLOSING + "\n\nPhụ lục\nTRIỂN KHAI NHIỆM VỤ NĂM HỌC 2023 - 2024\n"
               "1. Tổ chức tốt Ngày hội đọc sách tại các trường\na) Đơn vị chủ trì: Các trường tiểu học.\n"
               "b) Đơn vị phối hợp: Thư viện huyện.\n2. Bổ sung sách cho thư viện trường học theo\n"
               "hướng chuẩn hóa\na) Đơn vị chủ trì: Thư viện huyện.\nb) Đơn vị phối hợp: các trường.\n"
               "3. Báo cáo kết quả về Phòng Giáo dục và Đào tạo\na) Đơn vị chủ trì: Các trường tiểu học.")
    check_field("appendix", directive(body=LEAD + "III. NHIỆM VỤ\nNhiệm vụ năm học nêu tại Phụ lục kèm theo.",
                                      closing=closing), "assignments",
                [block("Các trường tiểu học", "Tổ chức tốt Ngày hội đọc sách tại các trường",
                       "Báo cáo kết quả về Phòng Giáo dục và Đào tạo"),
                 block("Thư viện huyện", "Bổ sung sách cho thư viện trường học theo hướng chuẩn hóa")])


QD_HEADER = ("ỦY BAN NHÂN DÂN\nHUYỆN MỘ ĐỨC\nSố: 1204/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "Độc lập - Tự do - Hạnh phúc\nMộ Đức, ngày 20 tháng 9 năm 2023")
QD_TITLE = ("QUYẾT ĐỊNH\nBan hành Kế hoạch tổ chức Liên hoan tuyên truyền lưu động năm 2023\n\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MỘ ĐỨC")
QD_PREAMBLE = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
               "Xét đề nghị của Trưởng phòng Văn hóa và Thông tin huyện.\n\nQUYẾT ĐỊNH:")


def _quyet_dinh(article3_end: str) -> str:
    body = (
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức Liên hoan tuyên truyền lưu động năm 2023.\n"
        "Điều 2. Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với các cơ quan liên quan triển khai thực hiện Kế "
        "hoạch này.\n"
        "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin, Chủ tịch UBND các xã, thị trấn "
        f"chịu trách nhiệm thi hành Quyết định này{article3_end}"
    )
    return directive(header=QD_HEADER, title=QD_TITLE, preamble=QD_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Như Điều 3;\n- Sở VHTTDL;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nHuỳnh Văn Nam")


QD_EXPECTED = [
    block("Phòng Văn hóa và Thông tin", "chủ trì, phối hợp với các cơ quan liên quan triển khai thực hiện Kế hoạch này."),
    block("Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin, Chủ tịch UBND các xã, thị trấn",
          "chịu trách nhiệm thi hành Quyết định này."),
]


def test_organisations_beside_persons_are_bodies_not_a_task():
    # "tổ chức" next to "cá nhân" names organisations; the duty starts at "chịu trách nhiệm"
    text = _quyet_dinh(".").replace("Chủ tịch UBND các xã, thị trấn",
                                    "Chủ tịch UBND các xã, thị trấn; tổ chức và cá nhân liên quan")
    check_field("organisations-and-persons", text, "assignments", [
        QD_EXPECTED[0],
        block("Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin, Chủ tịch UBND các xã, thị trấn"
              "; tổ chức và cá nhân liên quan", "chịu trách nhiệm thi hành Quyết định này."),
    ])


def test_articles_of_a_quyet_dinh():
    check_field("quyet-dinh-dieu-2-3", _quyet_dinh("."), "assignments", QD_EXPECTED)


def test_end_of_document_mark_is_not_part_of_the_task():
    from extractor_helpers import record_of

    blocks = record_of(_quyet_dinh("./."))["assignments"]
    assert [b["agency"] for b in blocks] == [b["agency"] for b in QD_EXPECTED]
    last = blocks[-1]["tasks"]
    assert last in (["chịu trách nhiệm thi hành Quyết định này."], ["chịu trách nhiệm thi hành Quyết định này"]), last


NOTICE_HEADER = ("ỦY BAN NHÂN DÂN\nHUYỆN MỘ ĐỨC\nSố: 311/TB-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "Độc lập - Tự do - Hạnh phúc\nMộ Đức, ngày 02 tháng 10 năm 2023")


def test_duties_written_as_prose_in_a_notice():
    # a notice with no agency heading: each body asked to act in a sentence is one block
    body = ("Nhân dịp kỷ niệm ngày thành lập huyện, Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị trên địa bàn "
            "huyện treo cờ Tổ quốc từ ngày 10/10/2023 đến hết ngày 12/10/2023.\n"
            "Ủy ban nhân dân các xã, thị trấn có trách nhiệm nhắc nhở việc treo cờ ở khu dân cư; Trưởng Công an "
            "huyện chỉ đạo bảo đảm an ninh trật tự trong các ngày lễ.")
    text = directive(header=NOTICE_HEADER, title="THÔNG BÁO\nVề việc treo cờ Tổ quốc", preamble="", body=body)
    check_field("notice-prose", text, "assignments", [
        block("các cơ quan, đơn vị trên địa bàn huyện", "treo cờ Tổ quốc từ ngày 10/10/2023 đến hết ngày 12/10/2023."),
        block("Ủy ban nhân dân các xã, thị trấn", "có trách nhiệm nhắc nhở việc treo cờ ở khu dân cư"),
        block("Trưởng Công an huyện", "chỉ đạo bảo đảm an ninh trật tự trong các ngày lễ."),
    ])


def test_a_letter_reporting_upward_hands_no_duty():
    # the writer's own words ("… kính báo cáo …", "… báo cáo … như sau:") are no duty; a body asked to act still is
    body = ("Trường Tiểu học Hòa Bình báo cáo kết quả tổ chức Ngày hội đọc sách như sau:\n"
            "Số học sinh tham gia: 420 em.\n"
            "Trường kính báo cáo Phòng Giáo dục và Đào tạo để tổng hợp.\n"
            "Trường đề nghị Thư viện huyện hỗ trợ bổ sung 200 đầu sách thiếu nhi.")
    header = NOTICE_HEADER.replace("Số: 311/TB-UBND", "Số: 45/THHB\nV/v báo cáo kết quả Ngày hội đọc sách")
    text = directive(header=header, title="", kinh_gui="Kính gửi: Phòng Giáo dục và Đào tạo", preamble="", body=body)
    check_field("report-upward", text, "assignments", [
        block("Thư viện huyện", "hỗ trợ bổ sung 200 đầu sách thiếu nhi."),
    ])


def test_a_request_that_opens_the_second_sentence_of_a_paragraph():
    # "…(kèm theo danh sách). Đề nghị X …": the request opens a sentence inside the paragraph, capitalised
    body = ("Nhằm kịp thời chi trả trợ cấp cho học sinh khuyết tật (kèm theo danh sách). Yêu cầu Hiệu trưởng các "
            "trường Tiểu học rà soát hồ sơ và gửi về Phòng Giáo dục và Đào tạo.")
    header = NOTICE_HEADER.replace("Số: 311/TB-UBND", "Số: 46/UBND-GD\nV/v chi trả trợ cấp cho học sinh khuyết tật")
    text = directive(header=header, title="", kinh_gui="Kính gửi: Hiệu trưởng các trường Tiểu học", preamble="",
                     body=body)
    check_field("request-second-sentence", text, "assignments", [
        block("Hiệu trưởng các trường Tiểu học", "rà soát hồ sơ và gửi về Phòng Giáo dục và Đào tạo."),
    ])


def test_a_plans_activities_in_prose_are_no_duties():
    body = ("I. NỘI DUNG\nCác trường tổ chức Lễ khai mạc và các hoạt động hưởng ứng từ ngày 16/10/2023 đến ngày "
            "20/10/2023.")
    check_field("plan-prose", directive(body=body), "assignments", [])


def test_heading_that_says_who_is_responsible_heads_its_paragraphs():
    section = ("III. TỔ CHỨC THỰC HIỆN\na) Trưởng các điểm thi có trách nhiệm:\nBố trí phòng thi dự phòng.\n"
               "Kiểm tra điều kiện an toàn trước ngày thi.\nb) Các trường ngoài công lập\nCử cán bộ hỗ trợ các điểm thi.\n"
               "c) Thủ trưởng các đơn vị chủ động bố trí cơ sở vật chất khi cần thiết.")
    check_field("responsible-heading", directive(body=LEAD + section), "assignments", [
        block("Trưởng các điểm thi có trách nhiệm", "Bố trí phòng thi dự phòng.", "Kiểm tra điều kiện an toàn trước ngày thi."),
        block("Các trường ngoài công lập", "Cử cán bộ hỗ trợ các điểm thi."),
        block("Thủ trưởng các đơn vị", "chủ động bố trí cơ sở vật chất khi cần thiết."),
    ])


# A heading whose words after the body only state its role is the agency as written (contract §2: the heading without
# numbering, Giao/Đề nghị/Đối với and ':'; rules9g ruling); a run-in sentence keeps the body, its role opening the task.
_BELOW = "\n2. Sở Tài chính:\n- Bố trí kinh phí."
ROLE_HEADINGS = [
    ("lead-and-partners-colon",
     "1. Sở Giao thông vận tải chủ trì, phối hợp với Công an tỉnh và các địa phương liên quan:\n"
     "- Rà soát các điểm đen giao thông.\n- Lắp đặt biển báo." + _BELOW,
     block("Sở Giao thông vận tải chủ trì, phối hợp với Công an tỉnh và các địa phương liên quan",
           "Rà soát các điểm đen giao thông.", "Lắp đặt biển báo.")),
    ("grounds-then-lead",
     "1. Sở Công Thương, Sở Nông nghiệp và Phát triển nông thôn theo chức năng, nhiệm vụ, quyền hạn chủ trì, phối hợp "
     "với các sở, ngành:\na) Kiểm tra thị trường hàng hóa.\nb) Bảo đảm nguồn cung." + _BELOW,
     block("Sở Công Thương, Sở Nông nghiệp và Phát triển nông thôn theo chức năng, nhiệm vụ, quyền hạn chủ trì, phối "
           "hợp với các sở, ngành", "Kiểm tra thị trường hàng hóa.", "Bảo đảm nguồn cung.")),
    ("responsible-no-colon-over-paragraphs",
     "1. Ban Quản lý các khu công nghiệp chịu trách nhiệm\nĐôn đốc các doanh nghiệp lắp đặt hệ thống xử lý nước thải.\n"
     "Báo cáo kết quả hằng quý." + _BELOW,
     block("Ban Quản lý các khu công nghiệp chịu trách nhiệm",
           "Đôn đốc các doanh nghiệp lắp đặt hệ thống xử lý nước thải.", "Báo cáo kết quả hằng quý.")),
    ("colon-on-the-next-line",
     "1. Đài Phát thanh và Truyền hình tỉnh chủ trì, phối hợp với các cơ quan báo chí\ncủa tỉnh:\n"
     "- Mở chuyên mục tuyên truyền.\n- Đưa tin kịp thời." + _BELOW,
     block("Đài Phát thanh và Truyền hình tỉnh chủ trì, phối hợp với các cơ quan báo chí của tỉnh",
           "Mở chuyên mục tuyên truyền.", "Đưa tin kịp thời.")),
    ("no-colon-over-dashes",
     "1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các đơn vị liên quan\n- Tổ chức lễ khai mạc.\n"
     "- Trang trí khánh tiết." + _BELOW,
     block("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các đơn vị liên quan", "Tổ chức lễ khai mạc.",
           "Trang trí khánh tiết.")),
    ("grounds-then-responsible",
     "1. Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao, có trách nhiệm:\n- Xây dựng kế hoạch cụ thể.\n"
     "- Báo cáo kết quả." + _BELOW,
     block("Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao, có trách nhiệm", "Xây dựng kế hoạch cụ thể.",
           "Báo cáo kết quả.")),
    ("asked-partner",
     "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với các tổ chức thành viên:\n"
     "- Vận động nhân dân tham gia." + _BELOW,
     block("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với các tổ chức thành viên", "Vận động nhân dân tham gia.")),
    ("bold-responsible",
     "**1. Các doanh nghiệp vận tải trên địa bàn tỉnh có trách nhiệm**\na) Kiểm tra phương tiện trước khi xuất bến.\n"
     "b) Niêm yết giá vé." + _BELOW,
     block("Các doanh nghiệp vận tải trên địa bàn tỉnh có trách nhiệm", "Kiểm tra phương tiện trước khi xuất bến.",
           "Niêm yết giá vé.")),
    # a long body qualified by what it does, outside a "Tổ chức thực hiện" section ("… yêu cầu …, cụ thể như sau:")
    ("long-plural-parties-responsible",
     "**1. Các tổ chức, cá nhân và hộ gia đình nuôi trồng thủy sản trong vùng nước ven biển của huyện có trách "
     "nhiệm**\na) Đăng ký cơ sở nuôi.\nb) Thực hiện quan trắc môi trường." + _BELOW,
     block("Các tổ chức, cá nhân và hộ gia đình nuôi trồng thủy sản trong vùng nước ven biển của huyện có trách nhiệm",
           "Đăng ký cơ sở nuôi.", "Thực hiện quan trắc môi trường.")),
    # the grounds alone ("theo chức năng, nhiệm vụ được giao:" ends in "giao" but hands nothing on)
    ("grounds-given-colon",
     "1. Sở Y tế theo chức năng, nhiệm vụ được giao:\n- Chỉ đạo các trạm y tế.\n- Kiểm tra việc thực hiện." + _BELOW,
     block("Sở Y tế theo chức năng, nhiệm vụ được giao", "Chỉ đạo các trạm y tế.", "Kiểm tra việc thực hiện.")),
    ("duty-assigned-colon",
     "1. Các Phó Chủ tịch Ủy ban nhân dân tỉnh theo nhiệm vụ được phân công:\n- Chỉ đạo các sở, ngành.\n"
     "- Kiểm tra việc thực hiện." + _BELOW,
     block("Các Phó Chủ tịch Ủy ban nhân dân tỉnh theo nhiệm vụ được phân công", "Chỉ đạo các sở, ngành.",
           "Kiểm tra việc thực hiện.")),
    # run-in: the body is the agency, its role opens the task
    ("run-in-duty-assigned",
     "1. Các Phó Chủ tịch Ủy ban nhân dân tỉnh theo nhiệm vụ được phân công chỉ đạo, kiểm tra việc thực hiện." + _BELOW,
     block("Các Phó Chủ tịch Ủy ban nhân dân tỉnh", "theo nhiệm vụ được phân công chỉ đạo, kiểm tra việc thực hiện.")),
    ("run-in-lead",
     "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức tập huấn cho cán bộ y tế xã." + _BELOW,
     block("Sở Y tế", "chủ trì, phối hợp với Sở Tài chính tổ chức tập huấn cho cán bộ y tế xã.")),
    ("run-in-grounds",
     "1. Ủy ban nhân dân các huyện theo chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch thực hiện." + _BELOW,
     block("Ủy ban nhân dân các huyện", "theo chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch thực hiện.")),
    # a heading that says a task with its object ("thực hiện các nội dung sau") is cut at the task, as before
    ("task-with-object",
     "1. Trung tâm Y tế huyện chịu trách nhiệm thực hiện các nội dung sau:\n- Giám sát dịch bệnh.\n"
     "- Báo cáo kết quả." + _BELOW,
     block("Trung tâm Y tế huyện", "Giám sát dịch bệnh.", "Báo cáo kết quả.")),
    ("partners-then-a-task-over-items",
     "1. Phòng Y tế chủ trì, phối hợp với các trạm y tế kiểm tra các cơ sở sau:\n- Bếp ăn tập thể.\n"
     "- Cơ sở kinh doanh thức ăn đường phố." + _BELOW,
     block("Phòng Y tế", "Bếp ăn tập thể.", "Cơ sở kinh doanh thức ăn đường phố.")),
]


@pytest.mark.parametrize(("row_id", "duties", "expected"), ROLE_HEADINGS, ids=[r[0] for r in ROLE_HEADINGS])
def test_a_heading_that_states_the_bodys_role_keeps_it_in_the_agency(row_id, duties, expected):
    section = "III. TỔ CHỨC THỰC HIỆN\n" + duties
    check_field(row_id, directive(body=LEAD + section), "assignments",
                [expected, block("Sở Tài chính", "Bố trí kinh phí.")])


def test_plural_parties_head_their_duties_where_no_section_says_so():
    # a Chỉ thị whose duties follow "… yêu cầu …, cụ thể như sau:" (no "Tổ chức thực hiện"): "Các tổ chức, cá nhân"
    # names bodies as "Các sở" does
    body = ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung, cụ thể như sau:\n"
            "1. Sở Nông nghiệp và Môi trường\na) Hướng dẫn đăng ký khai thác nước.\n"
            "2. Các tổ chức, cá nhân khai thác nước dưới đất có trách nhiệm\na) Kê khai, đăng ký giấy phép.\n"
            "b) Lắp đặt thiết bị đo lưu lượng.")
    check_field("plural-parties", directive(body=body), "assignments", [
        block("Sở Nông nghiệp và Môi trường", "Hướng dẫn đăng ký khai thác nước."),
        block("Các tổ chức, cá nhân khai thác nước dưới đất có trách nhiệm", "Kê khai, đăng ký giấy phép.",
              "Lắp đặt thiết bị đo lưu lượng."),
    ])


def test_a_role_heading_and_a_later_block_of_the_same_body_are_one_entry():
    # "Các cơ sở KCB có trách nhiệm:" under one case, "Các cơ sở KCB thực hiện … như sau:" under the next: one body
    section = ("III. TỔ CHỨC THỰC HIỆN\n1. Đối với người bệnh nội trú:\n- Các cơ sở KCB có trách nhiệm:\n"
               "+ Ghi mã bệnh theo ICD-10.\n2. Đối với người bệnh ngoại trú:\n- Các cơ sở KCB thực hiện ghi chép như sau:\n"
               "+ Ghi mã lý do vào viện.")
    check_field("role-heading-merged", directive(body=LEAD + section), "assignments", [
        block("Các cơ sở KCB có trách nhiệm", "Ghi mã bệnh theo ICD-10.", "Ghi mã lý do vào viện."),
    ])


def test_heading_naming_bodies_after_a_colon_wrapped_over_two_lines():
    section = ("III. TỔ CHỨC THỰC HIỆN\n1. UBND các xã: Tịnh Hà, Tịnh Sơn, Tịnh Bình, Tịnh Đông –\n"
               "Tịnh Giang và Tịnh Minh.\n- Bố trí địa điểm trưng bày sách.\n- Cử người tham gia Ngày hội.")
    check_field("wrapped-name-list", directive(body=LEAD + section), "assignments", [
        block("UBND các xã: Tịnh Hà, Tịnh Sơn, Tịnh Bình, Tịnh Đông – Tịnh Giang và Tịnh Minh",
              "Bố trí địa điểm trưng bày sách.", "Cử người tham gia Ngày hội."),
    ])


def test_paragraph_naming_a_body_responsible_heads_the_list_below():
    # "2 - X có trách nhiệm." with a number the segmenter does not read as a marker, then X's list
    section = ("III. TỔ CHỨC THỰC HIỆN\n2 - Phòng Văn hóa và Thông tin có trách nhiệm.\n- Chủ trì tổ chức Liên hoan;\n"
               "- Tổng hợp kết quả.")
    check_field("number-dash-responsible", directive(body=LEAD + section), "assignments", [
        block("Phòng Văn hóa và Thông tin có trách nhiệm", "Chủ trì tổ chức Liên hoan", "Tổng hợp kết quả."),
    ])


def test_body_whose_name_holds_a_verb_and_a_company():
    # "Đầu tư xây dựng huyện Mộ Đức": a verb followed by a place is part of the name; a company acts too
    section = ("III. TỔ CHỨC THỰC HIỆN\n1. Ban Quản lý dự án Đầu tư xây dựng huyện Tư Nghĩa chịu trách nhiệm:\n"
               "- Bàn giao mặt bằng đúng tiến độ.\n2. Công ty TNHH Sách Ánh Dương có trách nhiệm:\n"
               "- Cung cấp sách cho Ngày hội.\n3. Các trường có biện pháp tuyên truyền đến học sinh.")
    check_field("verb-in-a-name", directive(body=LEAD + section), "assignments", [
        block("Ban Quản lý dự án Đầu tư xây dựng huyện Tư Nghĩa chịu trách nhiệm", "Bàn giao mặt bằng đúng tiến độ."),
        block("Công ty TNHH Sách Ánh Dương có trách nhiệm", "Cung cấp sách cho Ngày hội."),
        block("Các trường", "có biện pháp tuyên truyền đến học sinh."),
    ])


def test_cases_named_after_doi_voi_are_not_bodies():
    # a guidance letter's cases ("Đối với sách tặng: …", "Các trường hợp khác: …") name no one who must act
    section = ("III. HƯỚNG DẪN\n1. Đối với sách được tặng: thư viện vào sổ trong thời hạn 10 ngày.\n"
               "2. Các trường hợp khác: việc vào sổ thực hiện theo quy định.\n"
               "3. Đối với các trường Tiểu học: tổ chức trưng bày sách mới.")
    check_field("doi-voi-cases", directive(body=LEAD + section), "assignments", [
        block("các trường Tiểu học", "tổ chức trưng bày sách mới."),
    ])


def test_invited_bodies_named_after_a_colon():
    section = ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Chủ trì tổ chức Liên hoan.\n"
               "2. Mời Nhà văn hóa các xã: Ấn Sơn, Ân Hảo, Bình Thuận\n- Cử đội văn nghệ tham gia Liên hoan.")
    check_field("invited-bodies", directive(body=LEAD + section), "assignments", [
        block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan."),
        block("Nhà văn hóa các xã: Ấn Sơn, Ân Hảo, Bình Thuận", "Cử đội văn nghệ tham gia Liên hoan."),
    ])


def test_plural_bodies_with_their_task_in_an_article_of_duties():
    section = ("III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ\n1. Phòng Văn hóa và Thông tin là cơ quan chủ trì tổ chức Liên hoan.\n"
               "2. Các sở, ngành và đơn vị liên quan trên địa bàn tỉnh có trách nhiệm cử người tham gia Ban Tổ chức theo "
               "đề nghị của Phòng Văn hóa và Thông tin.")
    check_field("plural-bodies", directive(body=LEAD + section), "assignments", [
        block("Phòng Văn hóa và Thông tin", "là cơ quan chủ trì tổ chức Liên hoan."),
        block("Các sở, ngành và đơn vị liên quan trên địa bàn tỉnh",
              "có trách nhiệm cử người tham gia Ban Tổ chức theo đề nghị của Phòng Văn hóa và Thông tin."),
    ])


def test_a_letter_asks_one_body_to_carry_out_the_list_below():
    # the lead asks one body; the numbered task sentences after it are its tasks (items 3 names others inside a task)
    body = ("Phòng Giáo dục và Đào tạo yêu cầu Hiệu trưởng các trường Tiểu học thực hiện một số nội dung sau:\n"
            "1. Rà soát tủ sách lớp học, bổ sung sách mới.\n2. Tuyên truyền đến cha mẹ học sinh về Ngày hội.\n"
            "3. Các tổ chuyên môn chủ động phối hợp với thư viện trường tổ chức đọc sách.")
    check_field("asked-list", directive(body=body), "assignments", [
        block("Hiệu trưởng các trường Tiểu học", "Rà soát tủ sách lớp học, bổ sung sách mới.",
              "Tuyên truyền đến cha mẹ học sinh về Ngày hội.",
              "Các tổ chuyên môn chủ động phối hợp với thư viện trường tổ chức đọc sách."),
    ])


def test_topics_after_an_ask_are_not_its_tasks():
    # the list after the lead is of topic headings with their own blocks: no block for the asked body
    body = ("Phòng Giáo dục và Đào tạo yêu cầu Hiệu trưởng các trường khẩn trương thực hiện những nội dung sau:\n"
            "1. Về công tác tuyên truyền\na) Các trường Tiểu học có trách nhiệm:\nTreo băng rôn.\n"
            "2. Về công tác tổ chức\na) Thư viện huyện có trách nhiệm:\nBố trí sách.")
    check_field("asked-topics", directive(body=body), "assignments", [
        block("Các trường Tiểu học có trách nhiệm", "Treo băng rôn."),
        block("Thư viện huyện có trách nhiệm", "Bố trí sách."),
    ])


def test_closing_request_paragraph_is_no_task():
    section = ("III. TỔ CHỨC THỰC HIỆN\n1. Thư viện huyện\nTrưng bày sách mới tại sảnh thư viện.\n\n"
               "Phòng Văn hóa và Thông tin đề nghị các đơn vị quan tâm, triển khai thực hiện.")
    check_field("closing-request", directive(body=LEAD + section), "assignments", [
        block("Thư viện huyện", "Trưng bày sách mới tại sảnh thư viện."),
    ])


@pytest.mark.parametrize("closing", [
    "Yêu cầu các sở, ban, ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện./.",
    "Đề nghị các cơ quan, đơn vị tổ chức thực hiện nghiêm túc.",
    "Yêu cầu Thủ trưởng các đơn vị triển khai thực hiện kế hoạch này./.",
])
def test_a_request_that_opens_the_closing_sentence_is_no_task_of_the_block_above(closing):
    section = ("III. TỔ CHỨC THỰC HIỆN\n1. Các cơ sở nuôi trồng thủy sản\n- Phối hợp quan trắc môi trường nuôi, "
               "hỗ trợ cơ quan quản lý lấy mẫu kịp\nthời, hiệu quả\n\n" + closing)
    check_field(closing[:20], directive(body=LEAD + section), "assignments", [
        block("Các cơ sở nuôi trồng thủy sản", "Phối hợp quan trắc môi trường nuôi, hỗ trợ cơ quan quản lý lấy mẫu kịp "
              "thời, hiệu quả"),
    ])


@pytest.mark.parametrize(("lead", "agency"), [
    ("Ủy ban nhân dân xã Tân Hưng kính đề nghị Phòng Tài chính - Kế hoạch huyện, cụ thể:",
     "Phòng Tài chính - Kế hoạch huyện"),
    ("Trường THCS Bình Minh đề nghị Trung tâm Y tế huyện cụ thể như sau:", "Trung tâm Y tế huyện"),
])
def test_a_letter_to_one_agency_whose_lead_names_no_verb(lead, agency):
    from extractor_helpers import HEADER

    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 215/PGDĐT-VP\nV/v đề nghị hỗ trợ")
    body = f"{lead}\n- Xem xét, thẩm định dự toán kinh phí;\n- Bố trí kinh phí hỗ trợ trong năm 2024.\nTrân trọng./."
    text = directive(header=header, title="", kinh_gui=f"Kính gửi: {agency}.", preamble="", body=body)
    check_field("letter-lead-without-verb", text, "assignments", [
        block(agency, "Xem xét, thẩm định dự toán kinh phí", "Bố trí kinh phí hỗ trợ trong năm 2024."),
    ])


def test_a_letter_to_one_agency_with_its_tasks_as_a_list():
    from extractor_helpers import HEADER

    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 215/PGDĐT-VP\nV/v phối hợp tổ chức Ngày hội đọc sách")
    body = ("Để tổ chức thành công Ngày hội đọc sách năm 2023, Phòng Giáo dục và Đào tạo huyện Sơn Tịnh đề nghị Thư "
            "viện tỉnh Quảng Ngãi phối hợp, hỗ trợ, cụ thể:\n- Cử cán bộ tham gia Ban Tổ chức Ngày hội;\n"
            "- Tạo điều kiện cho mượn sách trưng bày.\nTrân trọng./.")
    text = directive(header=header, title="", kinh_gui="Kính gửi: Thư viện tỉnh Quảng Ngãi.", preamble="", body=body)
    check_field("letter-to-one-agency", text, "assignments", [
        block("Thư viện tỉnh Quảng Ngãi", "Cử cán bộ tham gia Ban Tổ chức Ngày hội", "Tạo điều kiện cho mượn sách trưng bày."),
    ])


# an item of the asked list goes on over further paragraphs (its next sentences, or a line in lower case) up to the next
# item; a paragraph after the last item (a courtesy, the closing) is no part of it
ASKED_ITEMS_WITH_PARAGRAPHS = [
    ("numbered-items-with-further-sentences",
     ("Sở Y tế trân trọng đề nghị Đài Phát thanh và Truyền hình tỉnh, Báo tỉnh phối hợp đưa tin, cụ thể như sau:\n"
      "1. Từ ngày 01/7/2025, các trạm y tế xã tiếp nhận khám bệnh bảo hiểm y tế.\n"
      "Người dân được khám tại trạm y tế nơi cư trú.\n"
      "2. Người có thẻ bảo hiểm y tế được cấp thuốc theo danh mục của Bộ Y tế;\n"
      "không phải đóng thêm chi phí.\nSở Y tế trân trọng cảm ơn sự phối hợp của Quý cơ quan./."),
     [block("Đài Phát thanh và Truyền hình tỉnh, Báo tỉnh",
            "Từ ngày 01/7/2025, các trạm y tế xã tiếp nhận khám bệnh bảo hiểm y tế. Người dân được khám tại trạm y tế nơi "
            "cư trú.",
            "Người có thẻ bảo hiểm y tế được cấp thuốc theo danh mục của Bộ Y tế; không phải đóng thêm chi phí.")]),
    ("dashed-items-with-a-second-paragraph",
     ("Phòng Giáo dục và Đào tạo đề nghị Ủy ban nhân dân các xã phối hợp thực hiện một số nội dung sau:\n"
      "- Rà soát số trẻ em trong độ tuổi đến trường.\nDanh sách gửi về Phòng trước ngày 30/8/2024.\n"
      "- Vận động gia đình đưa trẻ đến trường đúng độ tuổi.\nTrân trọng./."),
     [block("Ủy ban nhân dân các xã",
            "Rà soát số trẻ em trong độ tuổi đến trường. Danh sách gửi về Phòng trước ngày 30/8/2024.",
            "Vận động gia đình đưa trẻ đến trường đúng độ tuổi.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(ASKED_ITEMS_WITH_PARAGRAPHS))
def test_an_asked_list_whose_items_go_on_over_paragraphs(row_id, body, expected):
    from extractor_helpers import HEADER

    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 215/PGDĐT-VP\nV/v phối hợp tuyên truyền")
    text = directive(header=header, title="", kinh_gui="Kính gửi: Các cơ quan báo chí", preamble="", body=body)
    check_field(row_id, text, "assignments", expected)


def test_numbered_clauses_of_an_article_are_its_tasks():
    body = ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức Liên hoan tuyên truyền lưu động năm 2023.\n"
            "Điều 2. Giao Trưởng phòng Văn hóa và Thông tin huyện\n"
            "1. Xây dựng kịch bản và tổ chức Liên hoan theo Kế hoạch;\n"
            "2. Hướng dẫn các xã, thị trấn đăng ký đội tham gia.\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
    text = directive(header=QD_HEADER, title=QD_TITLE, preamble=QD_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Sở VHTTDL;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nHuỳnh Văn Nam")
    check_field("dieu-with-khoan", text, "assignments", [
        block("Trưởng phòng Văn hóa và Thông tin huyện", "Xây dựng kịch bản và tổ chức Liên hoan theo Kế hoạch",
              "Hướng dẫn các xã, thị trấn đăng ký đội tham gia."),
    ])


def test_an_answer_to_a_petition_assigns_nothing():
    # the cases it explains ("Trường hợp …") and its closing ("X thông báo để Y được biết, …") are no duty blocks
    body = ("Trả lời đơn của ông Lê Văn Bình về việc hỗ trợ tiền thuê nhà, Ủy ban nhân dân huyện có ý kiến như sau:\n"
            "Trường hợp hộ gia đình ông Lê Văn Bình được xác nhận là hộ cận nghèo thì được xem xét hỗ trợ theo quy định.\n"
            "Ủy ban nhân dân huyện thông báo để Phòng Lao động - Thương binh và Xã hội được biết, hướng dẫn ông Lê Văn Bình "
            "hoàn thiện hồ sơ theo quy định./.")
    text = directive(header=NOTICE_HEADER, title="THÔNG BÁO\nVề việc trả lời đơn kiến nghị", preamble="", body=body)
    check_field("petition-answer", text, "assignments", [])


def test_blocks_of_one_body_under_two_cases_are_one_entry():
    section = ("III. TỔ CHỨC THỰC HIỆN\na) Đối với người bị say nắng:\n- Các cơ sở y tế huyện thực hiện như sau:\n"
               "+ Đưa người bệnh vào chỗ thoáng mát;\n+ Theo dõi mạch và nhiệt độ.\nb) Đối với người bị ngã:\n"
               "- Các cơ sở y tế huyện thực hiện như sau:\n+ Cố định chỗ đau trước khi chuyển viện.")
    check_field("one-body-two-cases", directive(body=LEAD + section), "assignments", [
        block("Các cơ sở y tế huyện", "Đưa người bệnh vào chỗ thoáng mát", "Theo dõi mạch và nhiệt độ.",
              "Cố định chỗ đau trước khi chuyển viện."),
    ])


def test_a_giao_sentence_left_in_the_opening_of_a_letter():
    from extractor_helpers import HEADER

    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 88/TB-VP\nV/v ý kiến về đề xuất sửa chữa nhà văn hóa")
    preamble = ("Xét đề nghị của Ủy ban nhân dân xã Tịnh Hà tại Tờ trình số 12/TTr-UBND ngày 04/3/2024 về việc sửa chữa "
                "nhà văn hóa xã;\n\nGiao các Phòng: Tài chính - Kế hoạch, Kinh tế và Hạ tầng có ý kiến về dự toán sửa "
                "chữa trước ngày 20/3/2024.")
    body = "Văn phòng Ủy ban nhân dân huyện thông báo để các cơ quan, đơn vị biết, thực hiện./."
    text = directive(header=header, title="", preamble=preamble, body=body)
    check_field("giao-in-opening", text, "assignments", [
        block("các Phòng: Tài chính - Kế hoạch, Kinh tế và Hạ tầng",
              "có ý kiến về dự toán sửa chữa trước ngày 20/3/2024."),
    ])


def test_a_wrapped_item_whose_name_goes_on_after_a_dash():
    # a hard-wrapped copy: "Bà Rịa" / "- Vũng Tàu" is one name, the dash that opens the line is no list marker
    section = ("III. TỔ CHỨC THỰC HIỆN\n1. Công an huyện\n- Bảo đảm an ninh, trật tự cho các đoàn nghệ thuật của tỉnh Bà Rịa\n"
               "- Vũng Tàu trong suốt thời gian Liên hoan.\n- Phân luồng giao thông tại khu vực sân khấu.")
    check_field("dash-in-wrapped-name", directive(body=LEAD + section), "assignments", [
        block("Công an huyện", "Bảo đảm an ninh, trật tự cho các đoàn nghệ thuật của tỉnh Bà Rịa - Vũng Tàu trong suốt "
              "thời gian Liên hoan.", "Phân luồng giao thông tại khu vực sân khấu."),
    ])


# A decision's closing article written by the persons who head the bodies, as a paragraph after "Điều 2. … hiệu lực":
# the offices of a ministry or the government open it as well as a body's name does.
EXECUTION_BY_OFFICES = [
    ("prime-minister-and-office-chief",
     "Thủ tướng Chính phủ, Chủ nhiệm Văn phòng Chủ tịch nước chịu trách nhiệm thi hành Quyết định này. /",
     "Thủ tướng Chính phủ, Chủ nhiệm Văn phòng Chủ tịch nước"),
    ("minister-and-directors",
     ("Bộ trưởng Bộ Nội vụ, Tổng Giám đốc Kho bạc Nhà nước và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành "
     "Quyết định này./."),
     "Bộ trưởng Bộ Nội vụ, Tổng Giám đốc Kho bạc Nhà nước và các cá nhân có tên tại Điều 1"),
    ("department-chief-and-collectives",
     ("Cục trưởng Cục Quản lý thị trường, Chánh Thanh tra tỉnh, các tập thể và cá nhân có tên trong danh sách chịu trách "
     "nhiệm thi hành Quyết định này."),
     "Cục trưởng Cục Quản lý thị trường, Chánh Thanh tra tỉnh, các tập thể và cá nhân có tên trong danh sách"),
]


@pytest.mark.parametrize("row_id,closing,agency", table(EXECUTION_BY_OFFICES))
def test_execution_clause_opened_by_offices(row_id, closing, agency):
    body = ("Điều 1. Tặng Bằng khen cho 14 tập thể và 23 cá nhân (có danh sách kèm theo).\n\n"
            f"Điều 2. Quyết định này có hiệu lực thi hành từ ngày ký.\n\n{closing}")
    text = directive(header=QD_HEADER, title=QD_TITLE, preamble=QD_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nHuỳnh Văn Nam")
    blocks = record_of_text(text)["assignments"]
    assert [b["agency"] for b in blocks] == [agency], (row_id, blocks)
    assert blocks[0]["tasks"][0].rstrip(".") == "chịu trách nhiệm thi hành Quyết định này", (row_id, blocks)


def record_of_text(text: str) -> dict:
    from extractor_helpers import record_of

    return record_of(text)


# A decision that sets up a body and lists its duties: "Điều 2. Nhiệm vụ của X:" (or "X có nhiệm vụ:", or a bare
# "Nhiệm vụ:" under the article that establishes X) heads the items below it.
ESTABLISHED_BODY_DUTIES = [
    ("nhiem-vu-cua",
     ("Điều 2. Nhiệm vụ của Tổ công tác tiếp nhận hồ sơ:\n- Tiếp nhận, phân loại hồ sơ đề nghị;\n"
     "- Tổng hợp, báo cáo Ban Chỉ đạo kết quả tiếp nhận."),
     block("Tổ công tác tiếp nhận hồ sơ", "Tiếp nhận, phân loại hồ sơ đề nghị", "Tổng hợp, báo cáo Ban Chỉ đạo kết quả "
           "tiếp nhận.")),
    ("nhiem-vu-quyen-han-cua",
     ("Điều 2. Nhiệm vụ, quyền hạn của Hội đồng thẩm định sáng kiến\n- Xem xét, đánh giá các sáng kiến được đề nghị.\n"
     "- Đề xuất công nhận sáng kiến đạt yêu cầu."),
     block("Hội đồng thẩm định sáng kiến", "Xem xét, đánh giá các sáng kiến được đề nghị.",
           "Đề xuất công nhận sáng kiến đạt yêu cầu.")),
    ("body-co-nhiem-vu",
     "Điều 2. Tổ giúp việc có nhiệm vụ:\n- Chuẩn bị tài liệu cho các cuộc họp;\n- Theo dõi tiến độ thực hiện.",
     block("Tổ giúp việc", "Chuẩn bị tài liệu cho các cuộc họp", "Theo dõi tiến độ thực hiện.")),
    ("bare-nhiem-vu-under-thanh-lap",
     ("Điều 1. Thành lập Tổ thư ký Hội thi giáo viên dạy giỏi cấp huyện, gồm các ông (bà):\n"
     "1. Ông Lê Văn Hùng - Chuyên viên - Tổ trưởng.\n2. Bà Phạm Thị Mai - Chuyên viên - Thành viên.\n"
     "Nhiệm vụ:\n- Ghi biên bản các buổi chấm thi;\n- Tổng hợp kết quả chấm thi."),
     block("Tổ thư ký Hội thi giáo viên dạy giỏi cấp huyện", "Ghi biên bản các buổi chấm thi",
           "Tổng hợp kết quả chấm thi.")),
]


@pytest.mark.parametrize("row_id,articles,expected", table(ESTABLISHED_BODY_DUTIES))
def test_duties_of_an_established_body(row_id, articles, expected):
    body = (f"{articles}\n\nĐiều 3. Chánh Văn phòng, Trưởng phòng Nội vụ và các ông (bà) có tên tại Điều 1 chịu trách "
            "nhiệm thi hành Quyết định này./.")
    text = directive(header=QD_HEADER, title="QUYẾT ĐỊNH\nVề việc thành lập tổ công tác\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN "
                     "HUYỆN MỘ ĐỨC", preamble=QD_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nHuỳnh Văn Nam")
    check_field(row_id, text, "assignments.0", expected)


# Who takes part in a meeting is listed like bodies, one per bullet closed by "." or ";": no one of them is an agency
# block whose "tasks" would be the next participants.
PARTICIPANT_LISTS = [
    ("participants-with-role",
     ("II. THÀNH PHẦN\n- Ban Thường trực Ủy ban Mặt trận Tổ quốc huyện (chủ trì hội nghị).\n"
     "- Đại diện lãnh đạo các tổ chức thành viên.\n- Đại diện Phòng Nội vụ huyện.")),
    ("invited-bodies",
     "II. ĐẠI BIỂU MỜI\n- Thường trực Hội đồng nhân dân xã;\n- Đại diện Ủy ban nhân dân xã;\n- Trưởng các thôn."),
    ("members-of-the-board",
     ("II. THÀNH PHẦN BAN TỔ CHỨC\n- Phòng Văn hóa và Thông tin huyện.\n- Trưởng ban: đồng chí Phó Chủ tịch UBND huyện.\n"
     "- Các thành viên là lãnh đạo các phòng liên quan.")),
]


@pytest.mark.parametrize("row_id,section", table(PARTICIPANT_LISTS))
def test_participants_are_no_agency_block(row_id, section):
    duties = "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ huyện\n- Chuẩn bị hội trường."
    check_field(row_id, directive(body=LEAD + section + "\n\n" + duties), "assignments",
                [block("Phòng Nội vụ huyện", "Chuẩn bị hội trường.")])


# "Đề nghị X phối hợp …" after a block's list asks a further body for a real duty; only the closing formula
# ("Đề nghị các đơn vị triển khai thực hiện.") is no block.
REQUEST_AFTER_A_LIST = [
    ("de-nghi-phoi-hop",
     "Đề nghị Văn phòng Đảng ủy, Văn phòng HĐND và UBND xã phối hợp chuẩn bị các điều kiện phục vụ hội nghị.",
     [block("Văn phòng Đảng ủy, Văn phòng HĐND và UBND xã", "phối hợp chuẩn bị các điều kiện phục vụ hội nghị.")]),
    ("de-nghi-bo-tri",
     "Đề nghị Công an xã bố trí lực lượng bảo đảm an ninh trật tự tại hội trường.",
     [block("Công an xã", "bố trí lực lượng bảo đảm an ninh trật tự tại hội trường.")]),
    ("closing-formula-is-no-block",
     "Đề nghị các đơn vị, cá nhân có liên quan nghiêm túc triển khai thực hiện.", []),
    ("closing-formula-to-cooperate", "Đề nghị các cơ quan, đơn vị phối hợp thực hiện./.", []),
    ("closing-formula-with-report", "Đề nghị các đơn vị tổ chức thực hiện và báo cáo kết quả theo quy định./.", []),
    ("closing-formula-to-the-heads",
     "Đề nghị Thủ trưởng các đơn vị triển khai thực hiện nghiêm túc nội dung Kế hoạch này./.", []),
    # the closing asks the bodies to carry out the text itself (ruling on contract §2: no block), with its name after
    ("closing-carries-out-this-directive",
     ("Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã; Thủ trưởng các cơ quan có liên "
      "quan triển khai thực hiện nghiêm túc Chỉ thị này./."), []),
    ("closing-carries-out-the-contents-above",
     ("Ủy ban nhân dân huyện yêu cầu các phòng, ban, ngành, Ủy ban nhân dân các xã thực hiện có hiệu quả những nội dung "
      "nêu trên./."), []),
    ("closing-carries-out-this-plan-to-the-letter",
     "Yêu cầu Hiệu trưởng các trường Mầm non, Tiểu học thực hiện đầy đủ Kế hoạch này./.", []),
    ("closing-then-where-to-turn-in-difficulty",
     ("Yêu cầu Trưởng các phòng, ban và Chủ tịch Ủy ban nhân dân các xã thực hiện nghiêm túc Kế hoạch này; trong quá "
      "trình thực hiện có khó khăn báo cáo về Ủy ban nhân dân huyện./."), []),
    ("closing-to-one-body-with-a-contact-if-stuck",
     "Đề nghị Ban Quản lý chợ thực hiện tốt Kế hoạch này, nếu có vướng mắc liên hệ Phòng Kinh tế.", []),
    ("a-real-duty-with-a-condition-stays-a-block",
     "Đề nghị Công an xã bố trí lực lượng bảo đảm an ninh; nếu có vụ việc báo cáo ngay.",
     [block("Công an xã", "bố trí lực lượng bảo đảm an ninh; nếu có vụ việc báo cáo ngay.")]),
]


@pytest.mark.parametrize("row_id,paragraph,more", table(REQUEST_AFTER_A_LIST))
def test_a_request_paragraph_after_a_list(row_id, paragraph, more):
    section = ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ huyện\n- Chuẩn bị hội trường.\n"
               "2. Chuyên viên Văn phòng\n- Ghi biên bản hội nghị.\n\n" + paragraph)
    check_field(row_id, directive(body=LEAD + section), "assignments",
                [block("Phòng Nội vụ huyện", "Chuẩn bị hội trường."),
                 block("Chuyên viên Văn phòng", "Ghi biên bản hội nghị."), *more])


# Under a numbered agency heading, a duty written as a paragraph before the dashed items is a task of its own (a lead
# that ends in ':' is not); a paragraph hard-wrapped before the dash of a name ("Thăng Long" / "– Hà Nội") goes on.
PARAGRAPH_THEN_ITEMS = [
    ("duty-paragraph-then-items",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Hội Hữu nghị huyện\nPhối hợp với Phòng Văn hóa và Thông tin mời các đoàn nghệ thuật "
      "tham gia Liên hoan.\n- Lập danh sách khách mời.\n- Gửi giấy mời đến các đoàn."),
     [block("Hội Hữu nghị huyện", "Phối hợp với Phòng Văn hóa và Thông tin mời các đoàn nghệ thuật tham gia Liên hoan.",
            "Lập danh sách khách mời.", "Gửi giấy mời đến các đoàn.")]),
    ("lead-paragraph-is-no-task",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Y tế huyện\nChủ trì, phối hợp với các đơn vị thực hiện các nội dung sau:\n"
      "- Cử cán bộ trực y tế.\n- Chuẩn bị thuốc sơ cứu."),
     [block("Trung tâm Y tế huyện", "Cử cán bộ trực y tế.", "Chuẩn bị thuốc sơ cứu.")]),
    ("paragraph-wrapped-before-a-dash-of-a-name",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Liên hiệp các tổ chức hữu nghị tỉnh\nPhối hợp chặt chẽ với Sở Ngoại vụ trong việc mời "
      "các đoàn nghệ thuật quốc tế tham gia Liên hoan Văn hóa Huế\n– Đà Nẵng lần thứ III; qua đó quảng bá hình ảnh của "
      "tỉnh.\n- Lập danh sách khách mời quốc tế."),
     [block("Liên hiệp các tổ chức hữu nghị tỉnh", "Phối hợp chặt chẽ với Sở Ngoại vụ trong việc mời các đoàn nghệ thuật "
            "quốc tế tham gia Liên hoan Văn hóa Huế – Đà Nẵng lần thứ III; qua đó quảng bá hình ảnh của tỉnh.",
            "Lập danh sách khách mời quốc tế.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(PARAGRAPH_THEN_ITEMS))
def test_a_paragraph_before_the_items(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# "- Đối với X: <its task>" then a bullet of the same mark: a sibling of the block (another case), not X's item.
SIBLING_AFTER_INLINE = [
    ("funding-case-after-a-body",
     ("IV. KINH PHÍ\n- Đối với các phòng, ban chuyên môn: Chủ động bố trí kinh phí từ nguồn đã được giao.\n"
      "- Trường hợp phát sinh kinh phí, các đơn vị lập dự toán gửi Phòng Tài chính - Kế hoạch."),
     [block("các phòng, ban chuyên môn", "Chủ động bố trí kinh phí từ nguồn đã được giao.")]),
    ("general-rule-after-a-body",
     ("IV. TỔ CHỨC THỰC HIỆN\n+ Đối với các trường Tiểu học: Tổ chức cho học sinh tham gia Ngày hội.\n"
      "+ Các nội dung khác thực hiện theo hướng dẫn của Sở."),
     [block("các trường Tiểu học", "Tổ chức cho học sinh tham gia Ngày hội.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(SIBLING_AFTER_INLINE))
def test_a_sibling_bullet_after_an_inline_block(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# The closing article may state the date of effect first, in the same paragraph: the bodies open the next sentence.
EFFECT_THEN_EXECUTION = [
    ("effect-then-office-chiefs",
     ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND huyện, Trưởng phòng Nội vụ chịu trách "
      "nhiệm thi hành Quyết định này./."),
     "Chánh Văn phòng UBND huyện, Trưởng phòng Nội vụ"),
    ("effect-then-addressed-officials",
     ("Điều 4. Quyết định có hiệu lực thi hành từ ngày ký. Các ông (bà) Chánh Văn phòng Sở, Trưởng phòng Tổ chức cán bộ "
      "và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành quyết định này."),
     "Chánh Văn phòng Sở, Trưởng phòng Tổ chức cán bộ và các cá nhân có tên tại Điều 1"),
    ("effect-then-bodies-of-a-province",
     ("Điều 3. Quyết định này có hiệu lực từ ngày 01/01/2024. Giám đốc Sở Nội vụ, Chủ tịch UBND TP. Hồ Chí Minh và "
      "Thủ trưởng các cơ quan có liên quan có trách nhiệm thi hành Quyết định này."),
     "Giám đốc Sở Nội vụ, Chủ tịch UBND TP. Hồ Chí Minh và Thủ trưởng các cơ quan có liên quan"),
]


@pytest.mark.parametrize("row_id,article,agency", table(EFFECT_THEN_EXECUTION))
def test_execution_after_the_date_of_effect(row_id, article, agency):
    body = "Điều 1. Tặng Giấy khen cho 12 tập thể (có danh sách kèm theo).\n\nĐiều 2. Giao Phòng Nội vụ lưu hồ sơ.\n\n" + article
    text = directive(header=QD_HEADER, title=QD_TITLE, preamble=QD_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nHuỳnh Văn Nam")
    blocks = record_of_text(text)["assignments"]
    assert [b["agency"] for b in blocks][-1:] == [agency], (row_id, blocks)
    assert blocks[-1]["tasks"][0].rstrip(".").lower() in ("chịu trách nhiệm thi hành quyết định này",
                                                        "có trách nhiệm thi hành quyết định này"), (row_id, blocks)


# A conclusion notice hands on several duties in one paragraph, one "Giao …" sentence each.
GIAO_SENTENCES = [
    ("two-giao-sentences",
     "III. TỔ CHỨC THỰC HIỆN\nGiao Phòng Nội vụ chủ trì tổ chức hội nghị. Giao Phòng Tài chính - Kế hoạch bố trí kinh phí.",
     [block("Phòng Nội vụ", "chủ trì tổ chức hội nghị."), block("Phòng Tài chính - Kế hoạch", "bố trí kinh phí.")]),
    ("three-giao-sentences-after-a-lead",
     ("III. TỔ CHỨC THỰC HIỆN\nVề đề xuất sửa chữa trường học: Giao Phòng Kinh tế và Hạ tầng kiểm tra hiện trạng. Giao "
      "cho Phòng Tài chính - Kế hoạch cân đối nguồn vốn. Giao Ủy ban nhân dân xã Tịnh Hà hoàn thiện hồ sơ trước ngày "
      "30/10/2023."),
     [block("Phòng Kinh tế và Hạ tầng", "kiểm tra hiện trạng."),
      block("Phòng Tài chính - Kế hoạch", "cân đối nguồn vốn."),
      block("Ủy ban nhân dân xã Tịnh Hà", "hoàn thiện hồ sơ trước ngày 30/10/2023.")]),
    ("giao-inside-a-sentence-does-not-cut",
     ("III. TỔ CHỨC THỰC HIỆN\nGiao Phòng Nội vụ chủ trì, tổng hợp ý kiến để Chủ tịch UBND huyện giao nhiệm vụ cho các "
      "xã."),
     [block("Phòng Nội vụ", "chủ trì, tổng hợp ý kiến để Chủ tịch UBND huyện giao nhiệm vụ cho các xã.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(GIAO_SENTENCES))
def test_one_block_per_giao_sentence(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# A copy that lost Word's automatic numbering: in the duties section each body's name stands alone on its line, its
# duties below it (paragraphs or dashes). Outside the duties, such a line heads nothing.
BARE_NAME_HEADINGS = [
    ("bare-names-with-paragraphs",
     ("III. TỔ CHỨC THỰC HIỆN\nSở Nội vụ\nChủ trì tổ chức hội nghị.\nTổng hợp kết quả.\nSở Tài chính\n"
      "Bố trí kinh phí tổ chức hội nghị."),
     [block("Sở Nội vụ", "Chủ trì tổ chức hội nghị.", "Tổng hợp kết quả."),
      block("Sở Tài chính", "Bố trí kinh phí tổ chức hội nghị.")]),
    ("bare-names-with-dashes",
     ("III. PHÂN CÔNG NHIỆM VỤ\nPhòng Văn hóa và Thông tin huyện\n- Xây dựng kịch bản.\n- Mời đại biểu.\n"
      "Ủy ban nhân dân các xã, thị trấn\n- Cử đội văn nghệ tham gia."),
     [block("Phòng Văn hóa và Thông tin huyện", "Xây dựng kịch bản.", "Mời đại biểu."),
      block("Ủy ban nhân dân các xã, thị trấn", "Cử đội văn nghệ tham gia.")]),
    ("bare-name-outside-the-duties-heads-nothing",
     "III. ĐỊA ĐIỂM\nTrung tâm Văn hóa - Thể thao huyện\nSân khấu ngoài trời, sức chứa 500 người.", []),
]


@pytest.mark.parametrize("row_id,section,expected", table(BARE_NAME_HEADINGS))
def test_bare_body_names_head_the_duties(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# The articles of a decision that sets up a working group: the group says its duty in one sentence ("Tổ công tác có
# nhiệm vụ …", "Tổ giúp việc có trách nhiệm …"); an article that only states a fact ("Hội đồng tự giải thể …") is no
# block.
GROUP_ARTICLES = [
    ("group-has-a-duty-inline",
     ("Điều 1. Thành lập Tổ công tác bầu cử huyện gồm các ông (bà) có tên trong danh sách kèm theo.\n"
      "Điều 2. Tổ công tác có nhiệm vụ tham mưu cho Chủ tịch UBND huyện chỉ đạo công tác bầu cử trên địa bàn."),
     [block("Tổ công tác", "có nhiệm vụ tham mưu cho Chủ tịch UBND huyện chỉ đạo công tác bầu cử trên địa bàn.")]),
    ("board-has-a-duty-inline",
     ("Điều 1. Thành lập Ban Chỉ đạo kỳ thi tuyển sinh lớp 10.\n"
      "Điều 2. Ban Chỉ đạo có nhiệm vụ chỉ đạo, kiểm tra việc tổ chức kỳ thi."),
     [block("Ban Chỉ đạo", "có nhiệm vụ chỉ đạo, kiểm tra việc tổ chức kỳ thi.")]),
    ("helpers-are-responsible",
     ("Điều 1. Thành lập Tổ giúp việc Ban Chỉ đạo, gồm:\n1. Ông Trần Văn Hải - Chuyên viên - Tổ trưởng;\n"
      "2. Bà Lê Thị Hoa - Chuyên viên - Thành viên.\n"
      "Điều 2. Tổ giúp việc có trách nhiệm giúp Ban Chỉ đạo theo dõi, tổng hợp tình hình."),
     [block("Tổ giúp việc", "có trách nhiệm giúp Ban Chỉ đạo theo dõi, tổng hợp tình hình.")]),
    ("a-fact-is-no-block",
     "Điều 1. Thành lập Hội đồng xét duyệt sáng kiến.\nĐiều 2. Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ.", []),
]


@pytest.mark.parametrize("row_id,articles,expected", table(GROUP_ARTICLES))
def test_articles_of_a_working_group(row_id, articles, expected):
    body = (f"{articles}\nĐiều 3. Chánh Văn phòng UBND huyện và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi "
            "hành Quyết định này./.")
    text = directive(header=QD_HEADER, title="QUYẾT ĐỊNH\nVề việc thành lập\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MỘ ĐỨC",
                     preamble=QD_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nHuỳnh Văn Nam")
    blocks = record_of_text(text)["assignments"]
    assert blocks[:-1] == expected, (row_id, blocks)


NOTICE_LETTER_HEADER = ("UBND HUYỆN SƠN TỊNH\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 215/PGDĐT-VP\nV/v tổ chức Ngày hội đọc sách\n\n"
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSơn Tịnh, ngày 12 tháng 9 năm 2023")

# A letter's requests in prose: the dashes of a list run into the citation's paragraph (a portal's one-line copy), or
# two requests in one sentence ("… ; đề nghị Y …").
LETTER_PROSE = [
    ("dashed-requests-after-the-citation",
     ("Thực hiện Kế hoạch năm học, Phòng GDĐT đề nghị các trường: - Cử cán bộ thư viện tham gia tập huấn; - Báo cáo "
      "danh sách về Phòng trước ngày 20/10/2023."),
     [block("các trường", "Cử cán bộ thư viện tham gia tập huấn", "Báo cáo danh sách về Phòng trước ngày 20/10/2023.")]),
    ("dashed-requests-after-the-writer",
     ("Căn cứ Công văn số 88/SGDĐT-GDTH ngày 05/9/2023 của Sở GDĐT, Phòng Giáo dục và Đào tạo yêu cầu Hiệu trưởng các "
      "trường Tiểu học: - Trang trí thư viện; - Tổ chức cho học sinh đọc sách."),
     [block("Hiệu trưởng các trường Tiểu học", "Trang trí thư viện", "Tổ chức cho học sinh đọc sách.")]),
    ("two-requests-in-one-sentence",
     "Phòng GDĐT đề nghị Thư viện huyện hỗ trợ sách trưng bày; đề nghị Nhà văn hóa huyện bố trí hội trường.",
     [block("Thư viện huyện", "hỗ trợ sách trưng bày"), block("Nhà văn hóa huyện", "bố trí hội trường.")]),
    # a body whose name opens with a marked capital ("Ủy ban …", "Ủy ban Mặt trận …") is asked as "Sở …" is
    ("request-to-a-people-s-committee",
     ("Căn cứ Công văn số 88/SGDĐT-GDTH ngày 05/9/2023 của Sở GDĐT;\nĐề nghị Ủy ban nhân dân các xã, thị trấn chỉ đạo "
      "các trung tâm học tập cộng đồng tự đánh giá, gửi kết quả về Phòng trước ngày 15/11/2023."),
     [block("Ủy ban nhân dân các xã, thị trấn", "chỉ đạo các trung tâm học tập cộng đồng tự đánh giá, gửi kết quả về "
            "Phòng trước ngày 15/11/2023.")]),
    ("writer-asks-the-front",
     "Phòng Giáo dục và Đào tạo đề nghị Ủy ban Mặt trận Tổ quốc huyện phối hợp vận động quyên góp sách cho học sinh.",
     [block("Ủy ban Mặt trận Tổ quốc huyện", "phối hợp vận động quyên góp sách cho học sinh.")]),
    ("giao-a-committee-after-a-case",
     "Đối với các trường chưa có thư viện đạt chuẩn, giao Ủy ban nhân dân các xã hỗ trợ kinh phí mua sách.",
     [block("Ủy ban nhân dân các xã", "hỗ trợ kinh phí mua sách.")]),
    # a courtesy that closes the letter ("… trân trọng cảm ơn và rất mong Quý cơ quan phối hợp …") hands on no duty
    ("thanks-and-hopes-for-cooperation",
     ("Phòng GDĐT đề nghị Thư viện huyện hỗ trợ sách trưng bày; đề nghị Nhà văn hóa huyện bố trí hội trường.\n"
      "Phòng GDĐT trân trọng cảm ơn và rất mong Quý cơ quan phối hợp tuyên truyền về Ngày hội."),
     [block("Thư viện huyện", "hỗ trợ sách trưng bày"), block("Nhà văn hóa huyện", "bố trí hội trường.")]),
    ("hopes-for-the-units-support",
     "Sở Văn hóa kính mong Quý đơn vị quan tâm phối hợp, hỗ trợ tổ chức Ngày hội đọc sách.", []),
    # a name carried over from a line cut after "của"/"với" is that line's object, not a body given a duty
    ("issue-of-a-company-wrapped-after-cua",
     ("Đối với vướng mắc của\nCông ty Cổ phần Thủy sản Bình Minh liên quan đến thủ tục cấp chứng nhận xuất xứ, không "
      "thuộc trách nhiệm quản lý của Sở Công Thương. Theo đó, đề nghị Công ty Cổ phần Thủy sản Bình Minh liên hệ với Bộ "
      "Công Thương để được hướng dẫn."),
     [block("Công ty Cổ phần Thủy sản Bình Minh", "liên hệ với Bộ Công Thương để được hướng dẫn.")]),
    ("a-school-met-wrapped-after-voi",
     ("Tháng 9/2024, Phòng Giáo dục và Đào tạo đã làm việc với\n"
      "Trường Tiểu học Tịnh Hà tổ chức rà soát cơ sở vật chất thư viện năm học 2024-2025."), []),
    ("a-complaint-wrapped-after-cua",
     ("Phòng Giáo dục và Đào tạo đã nhận được ý kiến phản ánh của\n"
      "Ban đại diện cha mẹ học sinh huyện kiến nghị về việc bố trí thêm giáo viên dạy tiếng Anh năm học 2024-2025."), []),
    # bodies named after a colon, then their task in lower case with no verb of the list ("đẩy nhanh", "hoàn thành")
    ("names-after-a-colon-then-the-task",
     ("Chủ tịch Ủy ban nhân dân huyện khẩn trương rà soát hồ sơ. Ủy ban nhân dân các xã: Tịnh Hà, Tịnh Sơn, Tịnh "
      "Bình đẩy nhanh việc bàn giao mặt bằng cho Dự án."),
     [block("Chủ tịch Ủy ban nhân dân huyện", "khẩn trương rà soát hồ sơ."),
      block("Ủy ban nhân dân các xã: Tịnh Hà, Tịnh Sơn, Tịnh Bình", "đẩy nhanh việc bàn giao mặt bằng cho Dự án.")]),
    ("districts-after-a-colon-then-the-task",
     "Ủy ban nhân dân các huyện: Sơn Tịnh, Tư Nghĩa, Mộ Đức hoàn thành việc thẩm định hồ sơ trước ngày 15/12/2025.",
     [block("Ủy ban nhân dân các huyện: Sơn Tịnh, Tư Nghĩa, Mộ Đức",
            "hoàn thành việc thẩm định hồ sơ trước ngày 15/12/2025.")]),
    ("a-request-named-in-a-citation-is-none",
     "Thực hiện Công văn số 88/SGDĐT-GDTH ngày 05/9/2023 của Sở GDĐT về việc đề nghị các trường tổ chức Ngày hội.", []),
]


@pytest.mark.parametrize("row_id,body,expected", table(LETTER_PROSE))
def test_requests_in_a_letters_prose(row_id, body, expected):
    text = directive(header=NOTICE_LETTER_HEADER, title="", kinh_gui="Kính gửi: Hiệu trưởng các trường Tiểu học",
                     preamble="", body=body)
    check_field(row_id, text, "assignments", expected)


# A plan's "tasks and solutions" list what is to be done by topic; its numbered sub-headings open with a verb or name a
# field of work, and name no one who acts.
TOPIC_SECTIONS = [
    ("tasks-and-solutions",
     ("III. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Đẩy mạnh công tác tuyên truyền\n- Tuyên truyền trên loa truyền thanh.\n"
      "2. Nâng cao chất lượng phục vụ\n- Mở cửa thư viện vào cuối tuần.")),
    ("key-tasks",
     ("III. NHIỆM VỤ TRỌNG TÂM\n1. Tăng cường sự lãnh đạo của cấp ủy\n- Quán triệt nghị quyết.\n"
      "2. Huy động nguồn lực xã hội\n- Vận động doanh nghiệp tài trợ.")),
    ("duties-by-topic-under-a-duties-heading",
     ("III. PHÂN CÔNG NHIỆM VỤ\n1. Củng cố tổ chức bộ máy\n- Kiện toàn Ban Chỉ đạo.\n2. Phòng Nội vụ\n"
      "- Chủ trì hội nghị.")),
]


@pytest.mark.parametrize("row_id,section", table(TOPIC_SECTIONS))
def test_topics_are_no_agencies(row_id, section):
    expected = [block("Phòng Nội vụ", "Chủ trì hội nghị.")] if "Phòng Nội vụ" in section else []
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


def test_aims_of_a_plan_are_no_duties():
    # "I. MỤC ĐÍCH, YÊU CẦU" states what the plan aims at, even when a sentence opens with bodies
    body = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Các trường học bảo đảm an toàn cho học sinh trong thời gian tổ chức.\n"
            "2. Các cơ quan, đơn vị có trách nhiệm tham gia đầy đủ.\nII. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ\n"
            "- Chủ trì hội nghị.")
    check_field("aims", directive(body=body), "assignments", [block("Phòng Nội vụ", "Chủ trì hội nghị.")])


# Under a heading whose tasks are paragraphs, a paragraph in which a body reports back has a subject of its own: it
# is no task of the block above.
REPORT_AFTER_PARAGRAPHS = [
    ("report-of-the-districts",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Các chi hội khuyến học trường học\nTuyên truyền, vận động hội viên tham gia.\n\n"
      "Hội Khuyến học các huyện báo cáo kết quả về Thường trực Hội Khuyến học tỉnh vào ngày 16/10/2023.")),
    ("report-of-the-schools",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Các chi hội khuyến học trường học\nTuyên truyền, vận động hội viên tham gia.\n"
      "Các trường gửi báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 20/10/2023.")),
]


@pytest.mark.parametrize("row_id,section", table(REPORT_AFTER_PARAGRAPHS))
def test_a_report_back_is_no_task_of_the_block_above(row_id, section):
    check_field(row_id, directive(body=LEAD + section), "assignments",
                [block("Các chi hội khuyến học trường học", "Tuyên truyền, vận động hội viên tham gia.")])


# Bodies of the Party and the Front, inspectors and the social-insurance office head duties like the State's; "tổ chức"
# before "đảng", "chính trị - xã hội" names organisations, it starts no task.
MORE_BODIES = [
    ("party-organisations",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Các cấp ủy, tổ chức đảng\n- Quán triệt Chỉ thị đến cán bộ, đảng viên.\n"
      "2. Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện\n- Tuyên truyền, vận động đoàn viên, hội viên."),
     [block("Các cấp ủy, tổ chức đảng", "Quán triệt Chỉ thị đến cán bộ, đảng viên."),
      block("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện", "Tuyên truyền, vận động đoàn viên, hội viên.")]),
    ("inspectors-and-insurance",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Thanh tra huyện\n- Kiểm tra việc thực hiện.\n2. Bảo hiểm xã hội huyện\n"
      "- Cấp thẻ bảo hiểm y tế cho học sinh."),
     [block("Thanh tra huyện", "Kiểm tra việc thực hiện."),
      block("Bảo hiểm xã hội huyện", "Cấp thẻ bảo hiểm y tế cho học sinh.")]),
    ("party-committee-and-authorities-in-a-sentence",
     "III. TỔ CHỨC THỰC HIỆN\nCấp ủy, chính quyền các xã có trách nhiệm lãnh đạo, chỉ đạo thực hiện Kế hoạch này.",
     [block("Cấp ủy, chính quyền các xã", "có trách nhiệm lãnh đạo, chỉ đạo thực hiện Kế hoạch này.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(MORE_BODIES))
def test_more_bodies(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


def test_a_union_of_associations_heads_its_duties_at_any_numbering():
    # "Liên hiệp …" names a body by itself, also when the duties section is numbered in figures like its sub-headings
    section = ("3. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Chủ trì tổ chức Liên hoan.\n"
               "2. Liên hiệp các tổ chức hữu nghị tỉnh\n- Mời các đoàn nghệ thuật quốc tế tham gia.")
    check_field("union", directive(body=LEAD + section), "assignments", [
        block("Phòng Văn hóa và Thông tin", "Chủ trì tổ chức Liên hoan."),
        block("Liên hiệp các tổ chức hữu nghị tỉnh", "Mời các đoàn nghệ thuật quốc tế tham gia."),
    ])


@pytest.mark.parametrize("lead", ["Phòng Giáo dục và Đào tạo yêu cầu Hiệu trưởng các trường triển khai các nội dung sau",
                                  "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường thực hiện như sau"])
def test_a_lead_that_lost_its_colon_still_asks_for_the_list(lead):
    body = f"{lead}\n- Trang trí thư viện.\n- Tổ chức cho học sinh đọc sách."
    text = directive(header=NOTICE_LETTER_HEADER, title="", kinh_gui="Kính gửi: Hiệu trưởng các trường Tiểu học",
                     preamble="", body=body)
    check_field("lead-without-colon", text, "assignments",
                [block("Hiệu trưởng các trường", "Trang trí thư viện.", "Tổ chức cho học sinh đọc sách.")])


# A task table written as text with '|' between the cells (a portal's or a converter's copy), as a Word table's tabs:
# a row per task, grouped by the "chủ trì" column.
PIPE_TABLES = [
    ("pipes-with-a-number-column",
     ("III. TỔ CHỨC THỰC HIỆN\n| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n"
      "|---|---|---|---|---|\n| 1 | Tổ chức hội nghị triển khai | Phòng Nội vụ | Văn phòng HĐND và UBND | Tháng 3/2024 |\n"
      "| 2 | Tuyên truyền trên loa truyền thanh | Trung tâm Văn hóa huyện | UBND các xã | Tháng 4/2024 |\n"
      "| 3 | Tổng hợp kết quả, báo cáo UBND huyện | Phòng Nội vụ | Các xã | Tháng 5/2024 |"),
     [block("Phòng Nội vụ", "Tổ chức hội nghị triển khai", "Tổng hợp kết quả, báo cáo UBND huyện"),
      block("Trung tâm Văn hóa huyện", "Tuyên truyền trên loa truyền thanh")]),
    ("pipes-without-outer-bars",
     ("III. PHÂN CÔNG NHIỆM VỤ\nSTT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn\n1 | Rà soát danh sách hộ nghèo | "
      "Phòng Lao động - Thương binh và Xã hội | Quý I\n2 | Cấp thẻ bảo hiểm y tế | Bảo hiểm xã hội huyện | Quý II"),
     [block("Phòng Lao động - Thương binh và Xã hội", "Rà soát danh sách hộ nghèo"),
      block("Bảo hiểm xã hội huyện", "Cấp thẻ bảo hiểm y tế")]),
    ("no-lead-column-no-task",
     ("III. TIẾN ĐỘ\n| TT | Nội dung | Thời gian |\n| 1 | Tổ chức hội nghị triển khai | Tháng 3/2024 |\n"
      "| 2 | Sơ kết | Tháng 6/2024 |"), []),
]


@pytest.mark.parametrize("row_id,section,expected", table(PIPE_TABLES))
def test_task_tables_written_with_pipes(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# A letter to one body that asks it to carry out "the following" and lays the tasks out under topic headings: the
# items and paragraphs under the topics are that body's tasks; the topics are no bodies.
LETTER_HEADER = NOTICE_HEADER.replace("Số: 311/TB-UBND", "Số: 812/SGDĐT-GDTrH\nV/v triển khai nhiệm vụ năm học")
ASKED_LETTERS = [
    ("topics-with-bullets",
     "Kính gửi: Các trường trung học phổ thông trực thuộc",
     ("Căn cứ Kế hoạch số 12/KH-UBND ngày 05/9/2024 của UBND tỉnh, Sở Giáo dục và Đào tạo đề nghị các trường trung "
      "học phổ thông trực thuộc (sau đây gọi là các trường) nghiêm túc thực hiện một số nhiệm vụ như sau:"),
     ("I. NHIỆM VỤ CHUNG\nQuán triệt các chủ trương của ngành về đổi mới giáo dục.\nII. NHIỆM VỤ CỤ THỂ\n"
      "1. Nâng cao chất lượng đội ngũ giáo viên\n- Rà soát, bổ sung đội ngũ giáo viên còn thiếu;\n"
      "- Tổ chức bồi dưỡng chuyên môn trong hè.\n2. Đổi mới phương pháp dạy học\n- Tăng cường ứng dụng công nghệ "
      "thông tin trong dạy học.\nIII. TỔ CHỨC THỰC HIỆN\n1. Các trường báo cáo kết quả về Sở trước ngày 20/12/2024."),
     [block("các trường trung học phổ thông trực thuộc", "Quán triệt các chủ trương của ngành về đổi mới giáo dục.",
            "Rà soát, bổ sung đội ngũ giáo viên còn thiếu", "Tổ chức bồi dưỡng chuyên môn trong hè.",
            "Tăng cường ứng dụng công nghệ thông tin trong dạy học.",
            "Các trường báo cáo kết quả về Sở trước ngày 20/12/2024.")]),
    ("topics-with-paragraphs",
     "Kính gửi: Ủy ban nhân dân các xã, phường",
     ("Thực hiện Công văn số 345/BNN-TT ngày 10/3/2025 của Bộ Nông nghiệp và Môi trường, Sở Nông nghiệp và Môi trường "
      "yêu cầu Ủy ban nhân dân các xã, phường khẩn trương thực hiện các nội dung sau:"),
     ("1. Về công tác phòng chống dịch bệnh\nTổ chức tiêu độc khử trùng chuồng trại định kỳ.\n"
      "Giám sát chặt chẽ việc vận chuyển gia súc qua địa bàn.\n2. Về công tác tuyên truyền\n"
      "Phổ biến các biện pháp phòng bệnh tới từng hộ chăn nuôi."),
     [block("Ủy ban nhân dân các xã, phường", "Tổ chức tiêu độc khử trùng chuồng trại định kỳ.",
            "Giám sát chặt chẽ việc vận chuyển gia súc qua địa bàn.",
            "Phổ biến các biện pháp phòng bệnh tới từng hộ chăn nuôi.")]),
    # the closing names the asked body again and asks it to see the above through: the closing, not one more task
    ("closing-names-the-asked-body-again",
     "Kính gửi: Giám đốc các bệnh viện trực thuộc Sở",
     ("Thực hiện Công văn số 77/BYT-KCB ngày 02/4/2025 của Bộ Y tế, Sở Y tế yêu cầu Giám đốc các bệnh viện trực thuộc "
      "Sở tập trung thực hiện một số nội dung sau:"),
     ("1. Về nhân lực\n- Bố trí đủ bác sĩ trực cấp cứu.\n- Tập huấn kỹ năng giao tiếp cho điều dưỡng.\n"
      "2. Về thuốc, vật tư\nRà soát cơ số thuốc cấp cứu tại các khoa.\n"
      "Giám đốc các bệnh viện trực thuộc Sở khẩn trương chỉ đạo thực hiện, bảo đảm đến hết quý II năm 2025 hoàn thành "
      "các nội dung nêu trên./."),
     [block("Giám đốc các bệnh viện trực thuộc Sở", "Bố trí đủ bác sĩ trực cấp cứu.",
            "Tập huấn kỹ năng giao tiếp cho điều dưỡng.", "Rà soát cơ số thuốc cấp cứu tại các khoa.")]),
    ("closing-names-the-asked-committees-again",
     "Kính gửi: Ủy ban nhân dân các huyện, thị xã",
     ("Căn cứ Kế hoạch số 40/KH-UBND ngày 12/5/2025 của Ủy ban nhân dân tỉnh, Sở Xây dựng đề nghị Ủy ban nhân dân các "
      "huyện, thị xã thực hiện các nội dung sau:"),
     ("1. Về quy hoạch\nRà soát quy hoạch chung đô thị.\n2. Về trật tự xây dựng\nKiểm tra công trình xây dựng trái phép.\n"
      "Ủy ban nhân dân các huyện, thị xã chỉ đạo các phòng chuyên môn thực hiện nghiêm các nội dung trên."),
     [block("Ủy ban nhân dân các huyện, thị xã", "Rà soát quy hoạch chung đô thị.",
            "Kiểm tra công trình xây dựng trái phép.")]),
]


# the same letters with the lead's colon left out ("… như sau" / "… các nội dung sau" then the topics)
ASKED_LETTERS += [(f"{row[0]}-lead-without-colon", row[1], row[2].rstrip(":"), *row[3:]) for row in ASKED_LETTERS[:2]]
# a lead that announces "the following" in other words and lost its colon ("… cụ thể sau", "… các yêu cầu sau",
# "… một số điểm sau"): the word "sau" at the end of the opening still announces the topics below
_TOPICS = ("1. Về tổ chức bộ máy\n- Hoàn thiện tổ chức bộ máy cấp xã trong tháng 12.\n"
           "- Bố trí đủ công chức chuyên môn cho cấp xã.\n2. Về cơ sở vật chất\n- Sửa chữa trụ sở làm việc xuống cấp.")
_TOPIC_TASKS = ("Hoàn thiện tổ chức bộ máy cấp xã trong tháng 12.", "Bố trí đủ công chức chuyên môn cho cấp xã.",
                "Sửa chữa trụ sở làm việc xuống cấp.")
ASKED_LETTERS += [
    ("lead-cu-the-sau-without-colon", "Kính gửi: Chủ tịch Ủy ban nhân dân các huyện, thị xã",
     ("Thực hiện Kết luận số 15-KL/TU ngày 03/11/2025 của Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu Chủ tịch Ủy ban nhân dân "
      "các huyện, thị xã tập trung chỉ đạo giải quyết dứt điểm các vướng mắc, một số nội dung cụ thể sau"),
     _TOPICS, [block("Chủ tịch Ủy ban nhân dân các huyện, thị xã", *_TOPIC_TASKS)]),
    ("lead-cac-yeu-cau-sau-without-colon", "Kính gửi: Ủy ban nhân dân các xã, phường",
     ("Căn cứ Kế hoạch số 88/KH-UBND ngày 20/10/2025 của UBND huyện, Phòng Nội vụ đề nghị Ủy ban nhân dân các xã, "
      "phường thực hiện các yêu cầu sau"),
     _TOPICS, [block("Ủy ban nhân dân các xã, phường", *_TOPIC_TASKS)]),
    ("lead-mot-so-diem-sau-without-colon", "Kính gửi: Thủ trưởng các cơ quan, đơn vị",
     ("Thực hiện Công văn số 901/BNV-CQĐP ngày 14/11/2025 của Bộ Nội vụ, Sở Nội vụ đề nghị Thủ trưởng các cơ quan, "
      "đơn vị quan tâm triển khai một số điểm sau"),
     _TOPICS, [block("Thủ trưởng các cơ quan, đơn vị", *_TOPIC_TASKS)]),
]


@pytest.mark.parametrize("row_id,kinh_gui,lead,body,expected", table(ASKED_LETTERS))
def test_a_letter_asking_one_body_to_do_the_following(row_id, kinh_gui, lead, body, expected):
    text = directive(header=LETTER_HEADER, title="", kinh_gui=kinh_gui, preamble=lead, body=body)
    check_field(row_id, text, "assignments", expected)


def test_a_letter_with_blocks_of_other_bodies_keeps_them():
    # the lead asks one body, but the body hands tasks to others under their own headings: those blocks stand
    lead = ("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/9/2024 của UBND tỉnh, Sở Giáo dục và Đào tạo đề nghị các đơn vị "
            "thực hiện một số nội dung như sau:")
    body = ("1. Phòng Giáo dục và Đào tạo các huyện\n- Chỉ đạo các trường tổ chức tuyên truyền.\n"
            "2. Trung tâm Giáo dục thường xuyên tỉnh\n- Bố trí lớp bồi dưỡng.")
    text = directive(header=LETTER_HEADER, title="", kinh_gui="Kính gửi: Các đơn vị trực thuộc", preamble=lead,
                     body=body)
    check_field("letter-with-blocks", text, "assignments", [
        block("Phòng Giáo dục và Đào tạo các huyện", "Chỉ đạo các trường tổ chức tuyên truyền."),
        block("Trung tâm Giáo dục thường xuyên tỉnh", "Bố trí lớp bồi dưỡng."),
    ])


@pytest.mark.parametrize("row_id,article,agency", [
    ("after-the-entry-into-force",
     ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các đơn vị thuộc Sở và các cơ quan có liên quan "
     "chịu trách nhiệm thi hành Quyết định này./."),
     "Thủ trưởng các đơn vị thuộc Sở và các cơ quan có liên quan"),
    ("after-a-repeal",
     ("Điều 4. Quyết định số 12/QĐ-UBND ngày 02/01/2020 hết hiệu lực. Chánh Văn phòng UBND TP. Huế, Thủ trưởng các "
     "đơn vị thuộc Sở và các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./."),
     "Chánh Văn phòng UBND TP. Huế, Thủ trưởng các đơn vị thuộc Sở và các cơ quan có liên quan"),
])
def test_an_execution_clause_in_a_later_sentence_of_the_article(row_id, article, agency):
    # the article first says when the decision takes effect (or what it repeals), then who carries it out
    body = ("Điều 1. Công bố kèm theo Quyết định này danh mục văn bản quy định chi tiết.\n"
            "Điều 2. Giao Văn phòng Sở theo dõi việc thực hiện.\n" + article)
    text = directive(header=QD_HEADER, title=QD_TITLE, preamble=QD_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nHuỳnh Văn Nam")
    check_field(row_id, text, "assignments", [
        block("Văn phòng Sở", "theo dõi việc thực hiện."),
        block(agency, "chịu trách nhiệm thi hành Quyết định này"),
    ])


# A resolution's provision names a case first ("Đối với các chi phí …") and then the body that acts on it, given the
# task ("…, giao X …") or as the subject ("…, X khẩn trương …"); the case is no agency.
CASE_ROWS = [
    ("case-then-giao",
     ("1. Đối với các khoản kinh phí vượt dự toán giai đoạn 2019-2021, giao Sở Tài chính tổ chức thanh toán cho các "
      "đơn vị theo quy định.\n2. Đối với các hồ sơ còn tồn đọng, Ủy ban nhân dân các huyện khẩn trương rà soát, "
      "hoàn thiện."),
     [block("Sở Tài chính", "tổ chức thanh toán cho các đơn vị theo quy định."),
      # the adverb stays with its verb, as real gold writes it ("khẩn trương tổ chức thực hiện thanh toán …")
      block("Ủy ban nhân dân các huyện", "khẩn trương rà soát, hoàn thiện.")]),
    ("case-then-subject-same-body",
     ("1. Đối với chi phí khám bệnh năm 2022, giao Bảo hiểm xã hội tỉnh tổ chức thanh toán cho các cơ sở.\n"
      "2. Đối với chi phí khám bệnh năm 2023, Bảo hiểm xã hội tỉnh khẩn trương thực hiện thanh toán trước ngày "
      "30/6/2024."),
     [block("Bảo hiểm xã hội tỉnh", "tổ chức thanh toán cho các cơ sở.",
            "khẩn trương thực hiện thanh toán trước ngày 30/6/2024.")]),
    # "Đối với các xã, phường:" still names who must act
    ("case-word-free-heading",
     "1. Đối với các xã, phường:\n- Tổ chức tuyên truyền.\n2. Đối với các dự án chuyển tiếp: tiếp tục thực hiện.",
     [block("các xã, phường", "Tổ chức tuyên truyền.")]),
]


@pytest.mark.parametrize("row_id,articles,expected", table(CASE_ROWS))
def test_a_case_then_the_body_that_acts_on_it(row_id, articles, expected):
    body = "Điều 1. Thanh toán chi phí khám bệnh, chữa bệnh vượt dự toán\n" + articles
    text = directive(header=QD_HEADER, title=QD_TITLE, preamble=QD_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nHuỳnh Văn Nam")
    check_field(row_id, text, "assignments", expected)


@pytest.mark.parametrize("row_id,article,expected", [
    # "Điều 3. Tổ chức thực hiện" and its numbered clauses (khoản): a clause that opens with bodies is their block,
    # even after a first clause that names none
    ("resolution-execution-article",
     ("Điều 3. Tổ chức thực hiện\n1. Việc thực hiện Nghị quyết này phải tuân thủ các quy định của pháp luật.\n"
      "2. Chính phủ, Bộ Tài chính và các Bộ, ngành, trong phạm vi nhiệm vụ, quyền hạn của mình, hướng dẫn thi hành "
      "Nghị quyết này.\n3. Tổng Liên đoàn Lao động Việt Nam tăng cường tuyên truyền, giám sát thực hiện Nghị quyết."),
     [block("Chính phủ, Bộ Tài chính và các Bộ, ngành",
            "trong phạm vi nhiệm vụ, quyền hạn của mình, hướng dẫn thi hành Nghị quyết này."),
      block("Tổng Liên đoàn Lao động Việt Nam", "tăng cường tuyên truyền, giám sát thực hiện Nghị quyết.")]),
    ("decision-article-of-duties",
     ("Điều 2. Tổ chức thực hiện\n1. Quy chế này áp dụng từ năm học 2024-2025.\n"
      "2. Sở Giáo dục và Đào tạo, trong phạm vi chức năng của mình, hướng dẫn các trường thực hiện.\n"
      "3. Ủy ban nhân dân các huyện chỉ đạo các xã phối hợp thực hiện."),
     [block("Sở Giáo dục và Đào tạo", "trong phạm vi chức năng của mình, hướng dẫn các trường thực hiện."),
      block("Ủy ban nhân dân các huyện", "chỉ đạo các xã phối hợp thực hiện.")]),
])
def test_the_clauses_of_an_execution_article(row_id, article, expected):
    body = "Điều 1. Số giờ làm thêm trong 01 năm\nNgười lao động được làm thêm không quá 300 giờ.\n" + article
    text = directive(header=QD_HEADER, title=QD_TITLE, preamble=QD_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nHuỳnh Văn Nam")
    check_field(row_id, text, "assignments", expected)


@pytest.mark.parametrize("row_id,sentence,expected", [
    ("ask-to-remind", "Nhà trường đề nghị các Khoa nhắc nhở sinh viên thực hiện theo đúng kế hoạch trên./.",
     [block("các Khoa", "nhắc nhở sinh viên thực hiện theo đúng kế hoạch trên")]),
    ("ask-to-remind-and-check",
     "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường nhắc nhở giáo viên nộp hồ sơ đúng hạn.",
     [block("Hiệu trưởng các trường", "nhắc nhở giáo viên nộp hồ sơ đúng hạn.")]),
])
def test_a_notice_asking_a_body_to_remind_others(row_id, sentence, expected):
    # "nhắc nhở" starts the task: the body asked ends before it
    body = "Nhà trường thông báo lịch thi học kỳ I năm học 2024-2025 như sau: thi từ ngày 06/01/2025. " + sentence
    text = directive(header=NOTICE_HEADER, title="THÔNG BÁO\nVề lịch thi học kỳ I", preamble="", body=body)
    check_field(row_id, text, "assignments", expected)


# An article cut after "Giao" (a portal's bold "**Điều 2. **Giao" then a line break): the next line holds the body and
# its task.
CUT_ARTICLES = [
    ("dieu-giao-then-body-and-task",
     "Điều 2. Giao\nPhòng Văn hóa và Thông tin chủ trì, phối hợp với các cơ quan liên quan triển khai Kế hoạch.",
     [block("Phòng Văn hóa và Thông tin", "chủ trì, phối hợp với các cơ quan liên quan triển khai Kế hoạch.")]),
    ("dieu-giao-cho-then-body-and-task",
     "Điều 2. Giao cho\nTrung tâm Văn hóa - Thể thao huyện tổ chức Liên hoan theo đúng Kế hoạch.",
     [block("Trung tâm Văn hóa - Thể thao huyện", "tổ chức Liên hoan theo đúng Kế hoạch.")]),
    ("dieu-de-nghi-then-plural-bodies",
     "Điều 2. Đề nghị\ncác xã, thị trấn bố trí địa điểm biểu diễn cho các đội tuyên truyền lưu động.",
     [block("các xã, thị trấn", "bố trí địa điểm biểu diễn cho các đội tuyên truyền lưu động.")]),
]


@pytest.mark.parametrize("row_id,article,expected", table(CUT_ARTICLES))
def test_an_article_cut_after_its_asking_word(row_id, article, expected):
    body = ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức Liên hoan tuyên truyền lưu động năm 2023.\n"
            f"{article}\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.")
    text = directive(header=QD_HEADER, title=QD_TITLE, preamble=QD_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nHuỳnh Văn Nam")
    check_field(row_id, text, "assignments", expected)


# An answer letter quotes the articles it rests on, as a block ("… quy định:" / "“Điều 49. …" / "2. Cơ quan … ấn định
# …”"): a quoted clause asks nothing of anyone; it closes by telling the firm "for information" ("để Công ty được
# biết và thực hiện …"), which is no assignment either.
ANSWER_HEADER = NOTICE_HEADER.replace("Số: 311/TB-UBND", "Số: 1204/TLA-QLDN2\nV/v chính sách thuế")
ANSWERS = [
    ("quoted-article-then-for-information",
     ("Căn cứ khoản 2 Điều 49 Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019 của Quốc hội, quy định:\n"
      "“Điều 49. Nguyên tắc ấn định thuế\n…\n2. Cơ quan quản lý thuế ấn định số tiền thuế phải nộp theo quy định.”\n"
      "Thuế tỉnh Long An trả lời để Công ty được biết và thực hiện theo đúng quy định tại các văn bản đã trích dẫn./.")),
    ("quoted-decree-clauses-then-for-information",
     ("Tại Điều 5 Nghị định số 132/2020/NĐ-CP ngày 05/11/2020 của Chính phủ quy định:\n“Điều 5. Các bên có quan hệ "
      "liên kết\n1. Các bên có quan hệ liên kết là các bên có mối quan hệ thuộc một trong các trường hợp sau.\n"
      "2. Các doanh nghiệp có trách nhiệm kê khai thông tin về quan hệ liên kết.”\n"
      "Cục Thuế thông báo để Hộ kinh doanh Trần Văn Nam được biết và thực hiện./.")),
]


@pytest.mark.parametrize("row_id,body", table(ANSWERS))
def test_an_answer_letters_quoted_articles_and_closing_assign_nothing(row_id, body):
    text = directive(header=ANSWER_HEADER, title="", kinh_gui="Kính gửi: Công ty TNHH Thương mại Phú An.",
                     preamble="", body=body)
    check_field(row_id, text, "assignments", [])


def test_a_quote_inside_a_task_keeps_its_wrapped_lines():
    # a name in quotes wrapped over two lines is no block quotation: the task goes on after it
    section = ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Nhân rộng các mô hình “Gia đình học tập”,\n"
               "“Dòng họ học tập” trên địa bàn.\n- Tổng hợp kết quả.")
    check_field("quoted-names-wrapped", directive(body=LEAD + section), "assignments", [
        block("Phòng Văn hóa và Thông tin", "Nhân rộng các mô hình “Gia đình học tập”, “Dòng họ học tập” trên địa bàn.",
              "Tổng hợp kết quả.")])


# A forwarded copy: the receiving office's routing notes, a list of its own numbered from 1, printed between two
# items of the letter's list ("2. …" / "1. Thầy N. chuyển …" … / "3. …"): no tasks, no blocks of the letter.
ROUTED_LETTER = """\
UBND HUYỆN SƠN TỊNH
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 215/PGDĐT-VP
V/v bảo đảm an toàn giao thông dịp nghỉ hè

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn Tịnh, ngày 12 tháng 5 năm 2023

Kính gửi: Hiệu trưởng các trường trung học cơ sở.

Thực hiện Công văn số 112/SGDĐT-CTTT ngày 05/5/2023 của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo đề nghị \
Hiệu trưởng các trường thực hiện một số nội dung sau:
1. Tăng cường tuyên truyền pháp luật về giao thông cho học sinh.
2. Phối hợp với công an xã xử lý nghiêm học sinh vi phạm.
{notes}3. Đối với các trường có học sinh đi xe đạp điện, quán triệt việc đội mũ bảo hiểm.
Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
TRƯỞNG PHÒNG
Nguyễn Văn An
"""
LETTER_TASKS = ["Tăng cường tuyên truyền pháp luật về giao thông cho học sinh.",
                "Phối hợp với công an xã xử lý nghiêm học sinh vi phạm.",
                "Đối với các trường có học sinh đi xe đạp điện, quán triệt việc đội mũ bảo hiểm."]
ROUTING_NOTES = [
    ("notes-run-past-the-letters-number",
     ("1. Thầy Nam chuyển văn bản đến các tổ chuyên môn để phổ biến;\n"
      "2. Tổ Văn phòng phối hợp với Đoàn Thanh niên triển khai đến học sinh;\n"
      "3. Công đoàn phối hợp với các tổ tuyên truyền đến giáo viên.\n")),
    ("notes-as-many-as-the-letters-items",  # "1." "2." then the letter's "3.": the numbers alone run on
     "1. Cô Hà gửi văn bản đến các lớp;\n2. Phòng Công tác học sinh theo dõi, tổng hợp báo cáo Phòng theo quy định.\n"),
    ("no-notes", ""),
]


@pytest.mark.parametrize("row_id,notes", table(ROUTING_NOTES))
def test_routing_notes_on_a_forwarded_copy_are_no_tasks(row_id, notes):
    record = run(ROUTED_LETTER.format(notes=notes)).record
    assert [(a.agency, a.tasks) for a in record.assignments] == [("Hiệu trưởng các trường", LETTER_TASKS)], row_id


CT_HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 07/CT-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "Độc lập - Tự do - Hạnh phúc\nBình Định, ngày 12 tháng 3 năm 2025")
CT_LEAD = ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường "
           "thực hiện các nội dung sau:\n\n")


def chi_thi(body: str) -> str:
    return directive(header=CT_HEADER, title="CHỈ THỊ\nVề tăng cường quản lý đất đai", preamble="",
                     body=CT_LEAD + "I. Trách nhiệm trong công tác quản lý đất đai\n\n" + body)


@pytest.mark.parametrize("row_id,body,expected", [
    # a lettered duty goes on over plain paragraphs ("Trường hợp …") and the next letter continues the list
    ("letter-after-case-paragraph",
     ("1. Sở Nông nghiệp và Môi trường:\n\na) Chủ trì thẩm định hồ sơ giao đất.\n\n"
      "Trường hợp hồ sơ chưa đầy đủ, có văn bản đề nghị bổ sung.\n\nb) Công khai quy trình giải quyết thủ tục.\n\n"
      "2. Sở Xây dựng:\n\na) Hướng dẫn cấp giấy phép xây dựng."),
     [block("Sở Nông nghiệp và Môi trường",
            "Chủ trì thẩm định hồ sơ giao đất. Trường hợp hồ sơ chưa đầy đủ, có văn bản đề nghị bổ sung.",
            "Công khai quy trình giải quyết thủ tục."),
      block("Sở Xây dựng", "Hướng dẫn cấp giấy phép xây dựng.")]),
    ("letter-written-twice",
     ("1. Công an tỉnh:\n\na) Bảo đảm an ninh trật tự.\n\nb) Xử lý vi phạm về phòng cháy.\n\n"
      "b) Kiểm tra cơ sở kinh doanh có điều kiện.\n\nĐối với cơ sở vi phạm nhiều lần, đề xuất đình chỉ hoạt động.\n\n"
      "c) Báo cáo kết quả hằng quý."),
     [block("Công an tỉnh", "Bảo đảm an ninh trật tự.", "Xử lý vi phạm về phòng cháy.",
            "Kiểm tra cơ sở kinh doanh có điều kiện. Đối với cơ sở vi phạm nhiều lần, đề xuất đình chỉ hoạt động.",
            "Báo cáo kết quả hằng quý.")]),
])
def test_a_chi_thi_duty_goes_on_over_paragraphs_to_the_next_letter(row_id, body, expected):
    check_field(row_id, chi_thi(body), "assignments", expected)


@pytest.mark.parametrize("row_id,body,expected", [
    ("trach-nhiem-chung-cu-the",
     ("1. Các sở, ban, ngành:\n\n1.1. Trách nhiệm chung\n\na) Rà soát quy hoạch ngành.\n\nb) Cập nhật dữ liệu đất đai.\n\n"
      "1.2. Trách nhiệm cụ thể\n\nNgoài các trách nhiệm chung nêu trên, một số đơn vị còn thực hiện nội dung sau:\n\n"
      "a) Sở Tài chính\n\n- Bố trí kinh phí đo đạc."),
     [block("Các sở, ban, ngành", "Rà soát quy hoạch ngành.", "Cập nhật dữ liệu đất đai."),
      block("Sở Tài chính", "Bố trí kinh phí đo đạc.")]),
    ("nhiem-vu-chung-then-next-body",
     ("1. Sở Giáo dục và Đào tạo\n\n1.1. Nhiệm vụ chung\n\na) Rà soát quỹ đất xây dựng trường học.\n\n"
      "b) Báo cáo hiện trạng cơ sở vật chất.\n\n1.2. Nhiệm vụ cụ thể\n\n"
      "Riêng đối với các trường chuyên biệt, thực hiện thêm các nội dung sau:\n\n"
      "c) Lập phương án mở rộng khuôn viên.\n\n2. Sở Y tế\n\na) Kiểm tra an toàn thực phẩm."),
     [block("Sở Giáo dục và Đào tạo", "Rà soát quỹ đất xây dựng trường học.", "Báo cáo hiện trạng cơ sở vật chất.",
            "Lập phương án mở rộng khuôn viên."),
      block("Sở Y tế", "Kiểm tra an toàn thực phẩm.")]),
])
def test_sub_titles_that_split_a_bodys_duties_are_no_tasks(row_id, body, expected):
    check_field(row_id, chi_thi(body), "assignments", expected)


@pytest.mark.parametrize("row_id,body,expected", [
    # a crawl's paragraph: the list of names wraps over lines (no ',' at a line's end) and ends where the duty starts
    ("names-wrapped-then-theo-chuc-nang",
     ("1. Sở Tài chính, Sở Giáo dục và Đào tạo, Ban quản lý Khu\ncông nghiệp tỉnh, UBND cấp xã và các sở, ban,\n"
      "ngành quản lý quy hoạch theo chức năng, nhiệm vụ được giao có trách nhiệm công\nbố công khai danh mục dự án."),
     [block("Sở Tài chính, Sở Giáo dục và Đào tạo, Ban quản lý Khu công nghiệp tỉnh, UBND cấp xã và các sở, ban, "
            "ngành quản lý quy hoạch",
            "theo chức năng, nhiệm vụ được giao có trách nhiệm công bố công khai danh mục dự án.")]),
    ("names-wrapped-then-co-trach-nhiem",
     ("1. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Sở Y\ntế và UBND các phường có trách nhiệm phối hợp kiểm tra\n"
      "cơ sở lưu trú."),
     [block("Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Sở Y tế và UBND các phường",
            "có trách nhiệm phối hợp kiểm tra cơ sở lưu trú.")]),
    # a body named by its role, with its duties under it or after it
    ("role-head-with-letters",
     ("1. Cơ quan chủ trì thẩm định hồ sơ\n\na) Tiếp nhận hồ sơ đúng hạn.\n\nb) Lấy ý kiến các cơ quan liên quan.\n\n"
      "2. Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản trong 07 ngày."),
     [block("Cơ quan chủ trì thẩm định hồ sơ", "Tiếp nhận hồ sơ đúng hạn.", "Lấy ý kiến các cơ quan liên quan."),
      block("Cơ quan phối hợp", "có trách nhiệm trả lời bằng văn bản trong 07 ngày.")]),
    ("role-head-thuc-hien",
     ("1. Cơ quan thực hiện chương trình chịu trách nhiệm:\n\na) Lập dự toán kinh phí.\n\n"
      "2. Sở Nội vụ:\n\na) Theo dõi, tổng hợp kết quả."),
     [block("Cơ quan thực hiện chương trình chịu trách nhiệm", "Lập dự toán kinh phí."),
      block("Sở Nội vụ", "Theo dõi, tổng hợp kết quả.")]),
    # a duty item that opens with its purpose, commas and all, before the bodies who act
    ("purpose-before-bodies",
     ("1. Sở Xây dựng:\n\na) Kiểm tra trật tự xây dựng.\n\n"
      "2. Để nâng cao chất lượng, hiệu quả quản lý, tăng cường kiểm tra, các sở, ngành và UBND các xã triển khai "
      "những nội dung sau:\n\na) Rà soát hồ sơ đất đai.\n\nb) Xử lý vi phạm kịp thời."),
     [block("Sở Xây dựng", "Kiểm tra trật tự xây dựng."),
      block("các sở, ngành và UBND các xã", "Rà soát hồ sơ đất đai.", "Xử lý vi phạm kịp thời.")]),
    ("purpose-nham-before-bodies",
     ("1. Công an tỉnh:\n\na) Tuần tra kiểm soát.\n\n2. Nhằm bảo đảm an toàn, an ninh trật tự, các đơn vị trực thuộc thực hiện các nội dung sau:\n\n"
      "a) Bố trí lực lượng trực.\n\nb) Báo cáo sự cố ngay."),
     [block("Công an tỉnh", "Tuần tra kiểm soát."), block("các đơn vị trực thuộc", "Bố trí lực lượng trực.", "Báo cáo sự cố ngay.")]),
])
def test_chi_thi_bodies_wrapped_named_by_role_or_after_a_purpose(row_id, body, expected):
    check_field(row_id, chi_thi(body), "assignments", expected)


@pytest.mark.parametrize("line", ["Cơ quan chủ trì: Sở Y tế", "Cơ quan phối hợp: UBND các xã",
                                  "Cơ quan chỉ đạo và tổ chức thực hiện"])
def test_a_role_before_a_colon_is_a_field_not_a_body(line):
    body = f"1. Sở Y tế\n\na) Tổ chức tập huấn.\n\n2. {line}, Sở Tài chính."
    record = run(chi_thi(body)).record.to_json()
    assert [b["agency"] for b in record["assignments"]] == ["Sở Y tế"]


@pytest.mark.parametrize("row_id,body,expected", [
    # "chính trị - xã hội" wrapped so that its dash opens a line: the item goes on, no new item
    ("compound-dash-wrapped",
     ("1. UBND các xã, phường\n\na) Chỉ đạo phối hợp với các tổ chức chính trị\n- xã hội vận động hội viên tham gia.\n\n"
      "b) Báo cáo kết quả.\n\n2. Công an tỉnh\n\na) Bảo đảm an ninh trật tự."),
     [block("UBND các xã, phường", "Chỉ đạo phối hợp với các tổ chức chính trị - xã hội vận động hội viên tham gia.",
            "Báo cáo kết quả."), block("Công an tỉnh", "Bảo đảm an ninh trật tự.")]),
    ("compound-dash-wrapped-kinh-te",
     ("1. Sở Tài chính\n\na) Đánh giá hiệu quả kinh tế\n- xã hội của dự án.\n\nb) Thẩm định dự toán."),
     [block("Sở Tài chính", "Đánh giá hiệu quả kinh tế - xã hội của dự án.", "Thẩm định dự toán.")]),
    # "thành lập" is one verb: the body's name does not swallow "thành"
    ("giao-thanh-lap",
     "1. Giao Sở Nội vụ thành lập đoàn kiểm tra công tác cải cách hành chính.",
     [block("Sở Nội vụ", "thành lập đoàn kiểm tra công tác cải cách hành chính.")]),
    # a heading without a stop: "cung cấp", "kinh doanh" after a kind of body say which bodies
    ("providers-heading",
     ("1. Đề nghị các tổ chức cung cấp dịch vụ chi trả\n\na) Bố trí điểm chi trả lưu động.\n\n"
      "b) Hỗ trợ người cao tuổi mở tài khoản."),
     [block("các tổ chức cung cấp dịch vụ chi trả", "Bố trí điểm chi trả lưu động.",
            "Hỗ trợ người cao tuổi mở tài khoản.")]),
    ("traders-heading",
     "1. Các doanh nghiệp kinh doanh xăng dầu\n\na) Niêm yết giá bán công khai.\n\nb) Bảo đảm nguồn hàng.",
     [block("Các doanh nghiệp kinh doanh xăng dầu", "Niêm yết giá bán công khai.", "Bảo đảm nguồn hàng.")]),
    ("provider-task-with-stop",
     "1. Các đơn vị cung cấp số liệu cho Sở Y tế trước ngày 10 hằng tháng.",
     [block("Các đơn vị", "cung cấp số liệu cho Sở Y tế trước ngày 10 hằng tháng.")]),
])
def test_items_wrapped_and_names_with_a_verb_inside(row_id, body, expected):
    check_field(row_id, chi_thi(body), "assignments", expected)


@pytest.mark.parametrize("rule", [
    "- Đối với các xã, phường: Nếu có hai địa phương bằng điểm thì xét đến số tài khoản mở mới.",
    "- Đối với các trường: Trường hợp bằng điểm thì ưu tiên đơn vị có tỷ lệ cao hơn.",
    "- Đối với các doanh nghiệp: Khi có hai đơn vị cùng số điểm thì bỏ phiếu.",
])
def test_a_case_with_its_ranking_rule_is_no_duty(rule):
    body = f"1. Sở Y tế\n\na) Tổ chức chấm điểm thi đua.\n\nII. Cách thức xếp hạng\n\n{rule}"
    record = run(chi_thi(body)).record.to_json()
    assert [b["agency"] for b in record["assignments"]] == ["Sở Y tế"]


@pytest.mark.parametrize("row_id,who", [
    ("officials-la-leaders", "- Cán bộ, công chức, viên chức là lãnh đạo cấp xã và chuyên viên các phòng chuyên môn;"),
    ("teachers-la-core", "- Giáo viên là tổ trưởng chuyên môn các trường trung học cơ sở;"),
    ("schools-la-members", "- Các trường là thành viên Cụm thi đua số 3."),
])
def test_who_takes_part_in_a_letter_is_no_duty(row_id, who):
    # "X là …" in the list of who takes part says who they are: no body is asked to act
    body = ("Lớp bồi dưỡng nghiệp vụ thuế năm 2025 được tổ chức trực tuyến. Thành phần tham dự gồm:\n"
            f"{who}\n- Công chức thuế cấp cơ sở.")
    text = directive(header=LETTER_HEADER, title="", preamble="", body=body)
    check_field(row_id, text, "assignments", [])


@pytest.mark.parametrize("row_id,heading,agency", [
    ("giao-heads-of-many-bodies",
     ("1. Giao người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực "
      "thuộc Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và thị trấn trên địa bàn tỉnh"),
     ("người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực thuộc Ủy ban "
      "nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và thị trấn trên địa bàn tỉnh")),
    ("giao-directors-of-many-bodies",
     ("1. Giao Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh, Giám đốc các doanh nghiệp nhà nước "
      "thuộc tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các đơn vị lực lượng vũ trang đóng chân"),
     ("Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh, Giám đốc các doanh nghiệp nhà nước thuộc tỉnh; "
      "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các đơn vị lực lượng vũ trang đóng chân")),
])
def test_giao_heading_naming_many_bodies_over_its_items(row_id, heading, agency):
    body = f"{heading}\n- Rà soát dữ liệu cán bộ.\n- Báo cáo kết quả.\n2. Giao Sở Nội vụ\n- Hướng dẫn, đôn đốc thực hiện."
    check_field(row_id, chi_thi(body), "assignments",
                [block(agency, "Rà soát dữ liệu cán bộ.", "Báo cáo kết quả."),
                 block("Sở Nội vụ", "Hướng dẫn, đôn đốc thực hiện.")])


def test_a_long_case_sentence_after_doi_voi_names_no_body():
    # "- Đối với … thì được …;" ends like a sentence: a case with its rule, however long, not a heading of bodies
    body = ("1. Sở Lao động, Thương binh và Xã hội\n\na) Quản lý chặt chẽ đối tượng bảo trợ xã hội.\n\n"
            "2. Thời gian áp dụng mức trợ giúp:\n\n- Đối với các đối tượng đang hưởng trợ giúp xã hội theo Nghị định số "
            "20/2021/NĐ-CP trên địa bàn các huyện miền núi và các xã đặc biệt khó khăn vùng bãi ngang ven biển thì "
            "được chuyển sang hưởng mức trợ giúp mới kể từ ngày 01/01/2026;\n\n"
            "- Đối tượng mới thuộc diện hưởng chính sách thì được hưởng từ ngày ghi trong quyết định.")
    record = run(chi_thi(body)).record.to_json()
    assert [b["agency"] for b in record["assignments"]] == ["Sở Lao động, Thương binh và Xã hội"]


@pytest.mark.parametrize("row_id,second,expected_task", [
    ("tren-co-so",
     "- Trên cơ sở kết quả khảo sát, Sở Xây dựng đề xuất phương án phần mềm dùng chung.",
     "Trên cơ sở kết quả khảo sát, Sở Xây dựng đề xuất phương án phần mềm dùng chung."),
    ("can-cu",
     "- Căn cứ kết quả rà soát, Sở Xây dựng tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.",
     "Căn cứ kết quả rà soát, Sở Xây dựng tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025."),
])
def test_a_dash_naming_the_same_body_after_its_grounds_is_its_task(row_id, second, expected_task):
    body = ("Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n1. Về phần mềm quản lý số nhà\n"
            f"- Giao Sở Xây dựng chủ trì khảo sát hiện trạng phần mềm tại các xã.\n{second}\n"
            "2. Về dữ liệu dân cư\n- Giao Công an tỉnh hướng dẫn cập nhật dữ liệu dân cư.")
    text = directive(header=LETTER_HEADER, title="", preamble="", body=body)
    check_field(row_id, text, "assignments",
                [block("Sở Xây dựng", "chủ trì khảo sát hiện trạng phần mềm tại các xã.", expected_task),
                 block("Công an tỉnh", "hướng dẫn cập nhật dữ liệu dân cư.")])


@pytest.mark.parametrize("row_id,line,agency,task", [
    ("providers-colon", "2. Đối với các tổ chức cung cấp dịch vụ chi trả: Bố trí điểm chi trả tại xã.",
     "các tổ chức cung cấp dịch vụ chi trả", "Bố trí điểm chi trả tại xã."),
    ("builders-colon", "2. Đối với các doanh nghiệp thực hiện dự án nhà ở xã hội: Báo cáo tiến độ hằng quý.",
     "các doanh nghiệp thực hiện dự án nhà ở xã hội", "Báo cáo tiến độ hằng quý."),
])
def test_doi_voi_a_body_named_with_a_verb_up_to_its_colon(row_id, line, agency, task):
    body = f"1. Sở Y tế\n\na) Tổ chức kiểm tra.\n\n{line}"
    check_field(row_id, chi_thi(body), "assignments",
                [block("Sở Y tế", "Tổ chức kiểm tra."), block(agency, task)])


@pytest.mark.parametrize("row_id,line", [
    ("promise-se", "2. Sở Xây dựng sẽ phối hợp với các địa phương kiểm tra chất lượng công trình."),
    ("received", "Ủy ban nhân dân tỉnh nhận được đơn của ông Nguyễn Văn A về việc bồi thường đất, có ý kiến như sau."),
    ("notifies", ("Sở Công Thương thông báo các doanh nghiệp kinh doanh xăng dầu biết để thực hiện và báo cáo kết quả "
                  "về Sở Công Thương.")),
    ("already-done", "Sở Tài chính đã chủ trì kiểm tra việc sử dụng kinh phí năm 2024."),
])
def test_the_writers_promise_or_notice_is_no_duty(row_id, line):
    # a body followed by "sẽ", "đã", "nhận được", "thông báo" narrates what the writer did, will do or tells
    body = f"Về việc kiểm tra công trình trên địa bàn, xin trao đổi như sau:\n1. Kết quả kiểm tra năm 2024 đạt yêu cầu.\n{line}"
    text = directive(header=LETTER_HEADER, title="", preamble="", body=body)
    check_field(row_id, text, "assignments", [])


@pytest.mark.parametrize("row_id,line,agency,task", [
    ("giao-party-body", "3. Giao Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo các sở rà soát văn bản quy phạm.",
     "Đảng ủy Ủy ban nhân dân tỉnh", "lãnh đạo, chỉ đạo các sở rà soát văn bản quy phạm."),
    ("bare-party-body", "3. Ban Thường vụ Huyện ủy lãnh đạo chỉ đạo các xã sắp xếp trụ sở dôi dư.",
     "Ban Thường vụ Huyện ủy", "lãnh đạo chỉ đạo các xã sắp xếp trụ sở dôi dư."),
])
def test_lanh_dao_chi_dao_opens_a_party_bodys_task(row_id, line, agency, task):
    body = f"1. Sở Y tế\n\na) Tổ chức kiểm tra.\n\n{line}"
    check_field(row_id, chi_thi(body), "assignments", [block("Sở Y tế", "Tổ chức kiểm tra."), block(agency, task)])


@pytest.mark.parametrize("row_id,first,second", [
    ("giao-then-yeu-cau", "2. Giao Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật.",
     "3. Yêu cầu Sở Tư pháp hướng dẫn các xã cập nhật cơ sở dữ liệu hộ tịch."),
    ("giao-twice", "2. Giao Công an tỉnh chủ trì tổng kết công tác phòng, chống ma túy.",
     "3. Giao Công an tỉnh theo dõi, đôn đốc thực hiện Chỉ thị này."),
])
def test_two_numbered_items_opening_with_one_body_stay_two_blocks(row_id, first, second):
    # each numbered item that opens with the body (after "Giao"/"Yêu cầu") is a duty of its own, as the gold keeps it
    record = run(chi_thi(f"1. Sở Y tế\n\na) Tổ chức kiểm tra.\n\n{first}\n{second}")).record.to_json()
    body = first.split(" ", 2)[2].split(" chủ trì")[0].split(" theo dõi")[0].split(" hướng dẫn")[0]
    assert [len(b["tasks"]) for b in record["assignments"] if b["agency"] == body] == [1, 1]


def test_numbered_cases_of_one_body_stay_one_block():
    # "1. Đối với …, X …" / "2. Đối với …, X …": the numbers part the cases, not the body's duties
    body = ("1. Đối với các khoản chi vượt dự toán năm 2023, giao Sở Tài chính thẩm định, thanh toán theo quy định.\n"
            "2. Đối với các khoản chi vượt dự toán năm 2024, Sở Tài chính khẩn trương tổng hợp, thanh toán.")
    record = run(chi_thi(body)).record.to_json()
    assert [len(b["tasks"]) for b in record["assignments"] if b["agency"] == "Sở Tài chính"] == [2]


@pytest.mark.parametrize("row_id,first,second", [
    ("report-sentence", "Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật xong trong tháng 12/2025.",
     "Định kỳ báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm."),
    ("second-duty", "Các cơ quan, đơn vị xây dựng kế hoạch thực hiện trong quý I năm 2026.",
     "Thủ trưởng cơ quan chịu trách nhiệm về kết quả thực hiện tại đơn vị mình."),
])
def test_a_crawled_item_goes_on_past_its_full_stop_to_the_blank_line(row_id, first, second):
    # paragraphs set apart by blank lines: the line right under an item's first sentence is the same item
    body = (f"1. Sở Y tế\n\na) Tổ chức kiểm tra.\n\nb) Báo cáo kết quả.\n\nc) Hướng dẫn các xã.\n\n2. {first}\n{second}\n\n"
            "3. Sở Nội vụ hướng dẫn thi đua, khen thưởng.\n\n4. Sở Tài chính bố trí kinh phí.\n\n"
            "5. Công an tỉnh bảo đảm an ninh, trật tự.")
    record = run(chi_thi(body)).record.to_json()
    agency = first.split(" chủ trì")[0].split(" xây dựng")[0]
    assert [b["tasks"] for b in record["assignments"] if b["agency"] == agency] == [
        [first[len(agency) + 1 :] + " " + second]]


# a numbered paragraph of a letter may itself ask one body to do what its dashes list ("2. Để …, Sở X đề nghị Quý cơ
# quan giúp:" / "- …"): the dashes are that body's tasks; the courtesy "Quý cơ quan" names the addressee
NUMBERED_ASKED_LISTS = [
    ("courtesy-addressee-with-help",
     ("1. Từ ngày 01/8/2025, Sở Tư pháp tiếp nhận hồ sơ lý lịch tư pháp trực tuyến.\n"
      "2. Để việc triển khai thuận lợi, Sở Tư pháp trân trọng đề nghị Quý cơ quan giúp:\n"
      "- Thông tin rộng rãi tới cán bộ, công chức thuộc phạm vi quản lý.\n"
      "- Kịp thời phản ánh khó khăn, vướng mắc về Sở Tư pháp.\n"
      "Sở Tư pháp trân trọng cảm ơn sự phối hợp của Quý cơ quan./."),
     [block("Quý cơ quan", "Thông tin rộng rãi tới cán bộ, công chức thuộc phạm vi quản lý.",
            "Kịp thời phản ánh khó khăn, vướng mắc về Sở Tư pháp.")]),
    ("named-body",
     ("1. Kỳ thi được tổ chức từ ngày 10/6/2025.\n"
      "2. Để kỳ thi diễn ra an toàn, Sở Giáo dục và Đào tạo đề nghị Công an tỉnh:\n"
      "- Bố trí lực lượng bảo vệ các điểm thi;\n- Hỗ trợ vận chuyển đề thi.\nTrân trọng./."),
     [block("Công an tỉnh", "Bố trí lực lượng bảo vệ các điểm thi", "Hỗ trợ vận chuyển đề thi.")]),
    # "3. Sở X trân trọng thông tin để Quý cơ quan chủ động …" after the asked list: a courtesy, not a second block
    ("courtesy-information-wrapped-after-quy",
     ("1. Từ ngày 01/8/2025, Sở Tư pháp tiếp nhận hồ sơ lý lịch tư pháp trực tuyến.\n"
      "2. Để việc triển khai thuận lợi, Sở Tư pháp trân trọng đề nghị Quý cơ quan giúp:\n"
      "- Thông tin rộng rãi tới cán bộ, công chức thuộc phạm vi quản lý.\n"
      "- Kịp thời phản ánh khó khăn, vướng mắc về Sở Tư pháp.\n"
      "3. Sở Tư pháp trân trọng thông tin để Quý\ncơ quan chủ động thông báo tới các đơn vị trực thuộc.\n"
      "Sở Tư pháp xin trao đổi và cảm ơn sự phối hợp của Quý cơ quan./."),
     [block("Quý cơ quan", "Thông tin rộng rãi tới cán bộ, công chức thuộc phạm vi quản lý.",
            "Kịp thời phản ánh khó khăn, vướng mắc về Sở Tư pháp.")]),
    ("courtesy-information-on-one-line",
     ("1. Từ ngày 01/9/2025, Trung tâm Lưu trữ lịch sử tỉnh tiếp nhận hồ sơ trực tuyến.\n"
      "2. Trung tâm Lưu trữ lịch sử tỉnh trân trọng thông tin để Quý đơn vị chủ động sắp xếp thời gian nộp hồ sơ.\n"
      "Trân trọng./."),
     []),
]


@pytest.mark.parametrize("row_id,body,expected", table(NUMBERED_ASKED_LISTS))
def test_a_numbered_paragraph_that_asks_over_a_dashed_list(row_id, body, expected):
    from extractor_helpers import HEADER

    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 215/STP-HCTP\nV/v phối hợp triển khai")
    text = directive(header=header, title="", kinh_gui="Kính gửi: Các cơ quan", preamble="", body=body)
    check_field(row_id, text, "assignments", expected)


# duties counted inline in brackets after the body ("Giao X: (i) …. (ii) …", "(1) …; (2) …") are one task each
COUNTED_INLINE = [
    ("roman-after-colon",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Y tế: (i) Hướng dẫn các trạm y tế tiếp nhận trẻ. (ii) Tổng hợp kết quả "
      "hằng quý."),
     [block("Sở Y tế", "Hướng dẫn các trạm y tế tiếp nhận trẻ.", "Tổng hợp kết quả hằng quý.")]),
    ("arabic-after-semicolons",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin:\n(1) Xây dựng kịch bản chương trình; (2) Bố trí sân khấu; "
      "(3) Chuẩn bị hội trường khai mạc."),
     [block("Phòng Văn hóa và Thông tin", "Xây dựng kịch bản chương trình", "Bố trí sân khấu",
            "Chuẩn bị hội trường khai mạc.")]),
    # counted contents of a contract, not duties: the task stays whole
    ("counted-contents-stay-one-task",
     ("III. TỔ CHỨC THỰC HIỆN\n1. Các doanh nghiệp: (i) Địa điểm làm việc của người lao động; (ii) Thời hạn hợp đồng."),
     [block("Các doanh nghiệp", "(i) Địa điểm làm việc của người lao động; (ii) Thời hạn hợp đồng.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(COUNTED_INLINE))
def test_duties_counted_inline_are_one_task_each(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# an answer that sends the asker elsewhere ("đề nghị X liên hệ với Y là cơ quan chủ trì … để được hướng dẫn"): "liên hệ"
# opens the task, so X alone is the agency (not "X liên hệ với Y" cut at "là … chủ trì")
REFERRED_ELSEWHERE = [
    ("company-referred-to-a-department",
     ("Về kiến nghị của Công ty Cổ phần Minh An, nội dung này không thuộc thẩm quyền của Phòng. Theo đó, đề nghị Công ty "
      "Cổ phần Minh An liên hệ với Sở Công Thương là cơ quan chủ trì quản lý để được hướng dẫn.\n"
      "Phòng Giáo dục và Đào tạo trả lời để Công ty biết./."),
     [block("Công ty Cổ phần Minh An", "liên hệ với Sở Công Thương là cơ quan chủ trì quản lý để được hướng dẫn.")]),
    ("association-referred-to-a-ministry",
     ("Đề nghị Hiệp hội Doanh nghiệp tỉnh liên hệ với Bộ Tài chính là đơn vị chủ trì soạn thảo để được giải đáp.\n"
      "Trân trọng./."),
     [block("Hiệp hội Doanh nghiệp tỉnh", "liên hệ với Bộ Tài chính là đơn vị chủ trì soạn thảo để được giải đáp.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(REFERRED_ELSEWHERE))
def test_an_asker_referred_elsewhere_is_the_agency(row_id, body, expected):
    from extractor_helpers import HEADER

    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 215/PGDĐT-VP\nV/v trả lời kiến nghị")
    text = directive(header=header, title="", kinh_gui="Kính gửi: Công ty Cổ phần Minh An", preamble="", body=body)
    check_field(row_id, text, "assignments", expected)


# a hard-wrapped duty whose line stops after a comma or a word that cannot end a sentence ("báo cáo về", "của",
# "với") goes on over the next line, also when that line opens with a capital or a quotation mark
DANGLING_LINES = [
    ("after-comma-before-quote",
     ("1. Giao Hội Liên hiệp Phụ nữ tỉnh chỉ đạo nhân rộng các mô hình như: \"mẹ đỡ đầu\", \"địa chỉ tin cậy\",\n"
      "\"ngôi nhà bình yên\"; huy động các nguồn lực xã hội.\n"
      "2. Giao Sở Tư pháp rà soát thủ tục hộ tịch cho trẻ em."),
     [block("Hội Liên hiệp Phụ nữ tỉnh", "chỉ đạo nhân rộng các mô hình như: \"mẹ đỡ đầu\", \"địa chỉ tin cậy\", "
            "\"ngôi nhà bình yên\"; huy động các nguồn lực xã hội."),
      block("Sở Tư pháp", "rà soát thủ tục hộ tịch cho trẻ em.")]),
    ("after-preposition-before-name",
     ("1. Giao Sở Y tế kiểm tra các cơ sở khám bệnh.\n"
      "2. Các đơn vị tổ chức trực ban và thực hiện chế độ báo cáo về\n"
      "Ban Chỉ huy Phòng thủ dân sự tỉnh (qua thư điện tử)."),
     [block("Sở Y tế", "kiểm tra các cơ sở khám bệnh."),
      block("Các đơn vị", "tổ chức trực ban và thực hiện chế độ báo cáo về Ban Chỉ huy Phòng thủ dân sự tỉnh "
            "(qua thư điện tử).")]),
    ("after-cua-before-name",
     ("1. Giao Công an tỉnh bảo đảm an ninh trật tự.\n"
      "2. Giao Sở Nội vụ phối hợp thực hiện theo hướng dẫn của\n"
      "Bộ Nội vụ và báo cáo kết quả trước ngày 15/12/2025."),
     [block("Công an tỉnh", "bảo đảm an ninh trật tự."),
      block("Sở Nội vụ", "phối hợp thực hiện theo hướng dẫn của Bộ Nội vụ và báo cáo kết quả trước ngày 15/12/2025.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(DANGLING_LINES))
def test_a_duty_cut_after_a_comma_or_a_preposition_goes_on(row_id, body, expected):
    check_field(row_id, chi_thi(body), "assignments", expected)


# a letter's lead that asks one body for "the following" may be hard-wrapped over lines ("… Sở Xây dựng yêu cầu các
# cơ quan, đơn" / "vị:"); its numbered items are that body's tasks up to the first item that heads sub-items of its
# own ("4. Về phân công nhiệm vụ:", "3. Cục X" over dashes); an item that names the asked body again is one more task
WRAPPED_ASK_LEADS = [
    ("lead-wrapped-before-colon",
     ("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về ứng phó với bão số 5, Sở Xây dựng yêu cầu các cơ quan, đơn\n"
      "vị:\n"
      "1. Quán triệt, tổ chức thực hiện nghiêm chỉ đạo của Ủy ban nhân dân tỉnh về ứng phó với bão.\n"
      "2. Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ chủ động phối hợp hỗ trợ địa phương.\n"
      "3. Ban Quản lý dự án giao thông\n- Khẩn trương khắc phục sự cố sạt lở trên tuyến đường tỉnh."),
     [block("các cơ quan, đơn vị", "Quán triệt, tổ chức thực hiện nghiêm chỉ đạo của Ủy ban nhân dân tỉnh về ứng phó "
            "với bão.", "căn cứ chức năng, nhiệm vụ chủ động phối hợp hỗ trợ địa phương."),
      block("Ban Quản lý dự án giao thông", "Khẩn trương khắc phục sự cố sạt lở trên tuyến đường tỉnh.")]),
    ("lead-wrapped-then-heading-item",
     ("Chăm lo cho người cao tuổi là trách nhiệm của toàn xã hội. Để làm tốt việc này, yêu cầu các cấp ủy, chính\n"
      "quyền, đoàn thể các cấp tập trung thực hiện tốt một số nhiệm vụ sau:\n"
      "1. Rà soát, nắm chắc số người cao tuổi có hoàn cảnh khó khăn trên địa bàn.\n"
      "2. Bảo đảm mọi người cao tuổi neo đơn được chăm sóc kịp thời.\n"
      "3. Về phân công nhiệm vụ của các cơ quan liên quan:\n"
      "3.1. Giao Sở Y tế hướng dẫn khám sức khỏe định kỳ cho người cao tuổi.\n"
      "3.2. Giao Sở Tài chính bố trí kinh phí thực hiện."),
     [block("các cấp ủy, chính quyền, đoàn thể các cấp", "Rà soát, nắm chắc số người cao tuổi có hoàn cảnh khó khăn "
            "trên địa bàn.", "Bảo đảm mọi người cao tuổi neo đơn được chăm sóc kịp thời."),
      block("Sở Y tế", "hướng dẫn khám sức khỏe định kỳ cho người cao tuổi."),
      block("Sở Tài chính", "bố trí kinh phí thực hiện.")]),
    ("lead-over-three-lines",
     ("Nhằm bảo đảm an toàn cho học sinh trong dịp nghỉ hè năm 2025, Phòng Giáo dục và Đào tạo đề nghị\n"
      "Hiệu trưởng các trường tiểu học, trung học cơ sở trên địa bàn thực hiện các\n"
      "nội dung sau:\n"
      "1. Tăng cường tuyên truyền về phòng, chống đuối nước cho học sinh.\n"
      "2. Phối hợp với cha mẹ học sinh quản lý các em trong thời gian nghỉ hè."),
     [block("Hiệu trưởng các trường tiểu học, trung học cơ sở trên địa bàn",
            "Tăng cường tuyên truyền về phòng, chống đuối nước cho học sinh.",
            "Phối hợp với cha mẹ học sinh quản lý các em trong thời gian nghỉ hè.")]),
    # "1. Đối với các xã chưa …" is a case of the asked bodies, not another body
    ("case-item-stays-a-task",
     ("Để hoàn thành việc hỗ trợ nhà ở cho hộ nghèo trong năm 2025, Sở Xây dựng đề nghị Ủy ban nhân dân các\n"
      "xã, phường thực hiện một số nội dung sau đây:\n"
      "1. Đối với các xã chưa lập danh sách thì khẩn trương rà soát, lập danh sách hộ nghèo cần hỗ trợ.\n"
      "2. Thường xuyên báo cáo tiến độ thực hiện về Sở Xây dựng trước ngày 25 hằng tháng."),
     [block("Ủy ban nhân dân các xã, phường",
            "Đối với các xã chưa lập danh sách thì khẩn trương rà soát, lập danh sách hộ nghèo cần hỗ trợ.",
            "Thường xuyên báo cáo tiến độ thực hiện về Sở Xây dựng trước ngày 25 hằng tháng.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(WRAPPED_ASK_LEADS))
def test_a_wrapped_lead_asks_for_the_numbered_items_below(row_id, body, expected):
    from extractor_helpers import HEADER

    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 215/SXD-VP\nV/v triển khai thực hiện")
    text = directive(header=header, title="", kinh_gui="Kính gửi: Các cơ quan, đơn vị", preamble="", body=body)
    check_field(row_id, text, "assignments", expected)


# "nghiêm túc" before the verb opens the duty, like "khẩn trương": no part of the bodies' names
EARNEST_DUTIES = [
    ("party-bodies", ("2. Yêu cầu các cấp ủy, tổ chức đảng, các cơ quan, đơn vị nghiêm túc triển khai kịp thời các "
                      "kết luận của Ban Thường vụ Tỉnh ủy."),
     [block("các cấp ủy, tổ chức đảng, các cơ quan, đơn vị",
            "nghiêm túc triển khai kịp thời các kết luận của Ban Thường vụ Tỉnh ủy.")]),
    ("giao-department", "1. Giao Sở Tài chính nghiêm túc rà soát các khoản chi thường xuyên năm 2025.",
     [block("Sở Tài chính", "nghiêm túc rà soát các khoản chi thường xuyên năm 2025.")]),
    ("de-nghi-schools", "1. Đề nghị Hiệu trưởng các trường trung học phổ thông nghiêm túc tổ chức kiểm tra học kỳ I.",
     [block("Hiệu trưởng các trường trung học phổ thông", "nghiêm túc tổ chức kiểm tra học kỳ I.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(EARNEST_DUTIES))
def test_nghiem_tuc_opens_the_duty(row_id, body, expected):
    check_field(row_id, chi_thi(body), "assignments", expected)

# A Quyết định with its attached Quy định: the rule's "X có trách nhiệm …" articles are blocks; its procedure steps,
# its lists of cases and the forms annexed after it (their own header, "Kính gửi:" and "Tôi làm đơn …") are not.
def _decision_with_rule(issuer: str, code: str, head: str, rule_body: str) -> str:
    return (f"{issuer}\nSố: 87/QĐ-{code}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 3 tháng 6 năm 2024\n\nQUYẾT ĐỊNH\nBan hành Quy định về cấp và quản lý thẻ\n\n"
            f"{head}\n\nCăn cứ Nghị định số 98/2022/NĐ-CP ngày 29/11/2022 của Chính phủ;\n"
            "Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy định về cấp và quản lý thẻ.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
            "Điều 3. Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm thi hành Quyết định này./.\n\n"
            f"Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, TCCB.\n\n{head}\n\nNguyễn Văn Hải\n\n"
            "QUY ĐỊNH\nVề cấp và quản lý thẻ\n(Ban hành kèm theo Quyết định số 87/QĐ-" + code + " ngày 03/6/2024)\n\n"
            "Điều 1. Phạm vi điều chỉnh\nQuy định này quy định về mẫu thẻ, việc cấp, đổi và thu hồi thẻ.\n\n"
            + rule_body)


_EXECUTION = block("Thủ trưởng các đơn vị trực thuộc", "chịu trách nhiệm thi hành Quyết định này")
_DUTIES = ("Điều 5. Trách nhiệm thi hành\n1. Vụ Tổ chức cán bộ có trách nhiệm:\na) Tổ chức việc cấp, đổi và cấp lại thẻ;\n"
           "b) Theo dõi, kiểm tra việc sử dụng thẻ.\n2. Văn phòng có trách nhiệm bảo đảm kinh phí làm thẻ.\n\n")
_DUTY_BLOCKS = [block("Vụ Tổ chức cán bộ có trách nhiệm", "Tổ chức việc cấp, đổi và cấp lại thẻ",
                      "Theo dõi, kiểm tra việc sử dụng thẻ."),
                block("Văn phòng", "có trách nhiệm bảo đảm kinh phí làm thẻ.")]

ANNEXED_FORMS = [
    ("appendix-with-a-request-form",
     ("PHỤ LỤC 02\nMẪU ĐƠN ĐỀ NGHỊ CẤP LẠI THẺ\n(Ban hành kèm theo Quyết định số 87/QĐ-BTP)\n\n"
      "BỘ TƯ PHÁP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐƠN VỊ: ........ | Độc lập - Tự do - Hạnh phúc\n\n"
      "ĐƠN ĐỀ NGHỊ\nCấp lại thẻ\n\nKính gửi:\n- Bộ trưởng Bộ Tư pháp;\n- Vụ Tổ chức cán bộ;\n- Lãnh đạo ..........\n\n"
      "Tên tôi là: ..................\nĐơn vị công tác: ..................\n"
      "Tôi làm đơn này đề nghị được cấp lại thẻ do ..........\nTôi xin cam kết chịu trách nhiệm về những thông tin khai báo.\n"
      "Tôi xin trân trọng cảm ơn./.\n\nXÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ | NGƯỜI LÀM ĐƠN\n")),
    ("numbered-form-with-a-declaration",
     ("Mẫu số 01\nTỜ KHAI ĐỀ NGHỊ CẤP THẺ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
      "Kính gửi: Thanh tra tỉnh\n\nHọ và tên: ..........\nĐơn vị công tác: ..........\n"
      "Đơn vị đề nghị Thanh tra tỉnh xem xét cấp thẻ cho ông (bà) ..........\n\nTHỦ TRƯỞNG ĐƠN VỊ\n(Ký tên, đóng dấu)\n")),
    ("second-national-header-of-a-list",
     ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nDANH SÁCH ĐỀ NGHỊ ĐỔI THẺ\n\n"
      "Kính gửi: Cục Thuế tỉnh\n\n1. Phòng Kiểm tra số 2\n- Nguyễn Văn A, kiểm tra viên\n2. Chi cục Thuế khu vực I\n"
      "- Trần Thị B, kiểm tra viên\n\nNGƯỜI LẬP BIỂU | THỦ TRƯỞNG ĐƠN VỊ\n")),
]


@pytest.mark.parametrize("row_id,annex", table(ANNEXED_FORMS))
def test_an_attached_rule_ends_where_its_forms_begin(row_id, annex):
    text = _decision_with_rule("BỘ TƯ PHÁP", "BTP", "BỘ TRƯỞNG", _DUTIES + annex)
    check_field(row_id, text, "assignments", [_EXECUTION, *_DUTY_BLOCKS])


PROCEDURES_AND_CASES = [
    ("procedure-steps",
     ("Điều 3. Cấp lại thẻ\n1. Trình tự, thủ tục cấp lại thẻ:\na) Công chức báo cáo bằng văn bản, giải trình rõ lý do mất thẻ;\n"
      "b) Thủ trưởng đơn vị trực tiếp quản lý công chức xem xét và đề xuất với Bộ trưởng;\n"
      "c) Vụ Tổ chức cán bộ lập hồ sơ trình Bộ trưởng xem xét quyết định.\n\n")),
    ("review-procedure",
     ("Điều 3. Xét cấp thẻ\n2. Quy trình xét cấp thẻ:\n- Các đơn vị lập danh sách gửi Văn phòng trước ngày 10 hằng tháng;\n"
      "- Văn phòng tổng hợp, trình Chánh Thanh tra tỉnh phê duyệt.\n\n")),
    ("list-of-cases",
     ("Điều 4. Thu hồi thẻ\n1. Bộ trưởng quyết định thu hồi thẻ trong những trường hợp sau đây:\n"
      "a) Công chức nghỉ hưu hoặc chuyển công tác;\nb) Cơ quan có thẩm quyền xác nhận công chức mất năng lực hành vi dân sự;\n"
      "c) Công chức sử dụng thẻ sai mục đích.\n\n")),
    ("cases-of-a-suspension",
     ("Điều 4. Tạm đình chỉ sử dụng thẻ\nChánh Văn phòng tạm đình chỉ sử dụng thẻ trong các trường hợp sau:\n"
      "- Cơ quan điều tra khởi tố công chức;\n- Hội đồng kỷ luật kiến nghị đình chỉ công tác.\n\n")),
]


@pytest.mark.parametrize("row_id,article", table(PROCEDURES_AND_CASES))
def test_a_rules_procedure_steps_and_cases_are_no_blocks(row_id, article):
    text = _decision_with_rule("THANH TRA TỈNH QUẢNG NAM", "TTr", "CHÁNH THANH TRA", article + _DUTIES)
    check_field(row_id, text, "assignments", [_EXECUTION, *_DUTY_BLOCKS])


# "Đối với X …, thì Y": X is the case the rule is about, not a body that must act; "Đối với X:" still names one
CASE_THEN_RULE = [
    ("cadres-under-discipline",
     "- Đối với cán bộ bị thi hành kỷ luật, sau khi có quyết định kỷ luật, thì đưa ra khỏi danh sách quy hoạch."),
    ("note-on-units-outside-the-line",
     "Lưu ý: Đối với các đơn vị không tổ chức theo ngành dọc, thì không yêu cầu thực hiện việc hiệp y."),
    ("enterprises-with-a-long-case",
     ("- Đối với các doanh nghiệp có vốn nhà nước (theo Nghị định số 47/2021/NĐ-CP ngày 01/4/2021 của Chính phủ), thì "
      "việc quy hoạch được tiến hành đồng thời với quy hoạch chức danh quản lý doanh nghiệp.")),
]


@pytest.mark.parametrize("row_id,case", table(CASE_THEN_RULE))
def test_the_case_of_a_doi_voi_thi_rule_is_no_agency(row_id, case):
    body = (LEAD + "III. TỔ CHỨC THỰC HIỆN\n" + case + "\n"
            "- Đối với các xã, phường: Chủ động bố trí kinh phí tổ chức Liên hoan.\n")
    check_field(row_id, directive(body=body), "assignments",
                [block("các xã, phường", "Chủ động bố trí kinh phí tổ chức Liên hoan.")])


# the steps of a procedure led by "…, thì thực hiện như sau:" / "… theo trình tự sau:" name who acts in each step
STEPS_LEADS = [
    ("then-as-follows", "- Khi có căn cứ xem xét cho thôi giữ chức vụ theo quy định, thì thực hiện như sau:"),
    ("in-this-order", "Việc xét công nhận danh hiệu được thực hiện theo trình tự sau:"),
    ("the-steps-below", "2. Hồ sơ đề nghị khen thưởng được xử lý theo các bước sau đây:"),
]


@pytest.mark.parametrize("row_id,lead", table(STEPS_LEADS))
def test_the_steps_of_a_procedure_are_no_blocks(row_id, lead):
    body = (LEAD + "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Chủ trì tổ chức Liên hoan.\n"
            f"{lead}\n+ Ban Thi đua trao đổi với người đứng đầu đơn vị về đề nghị.\n"
            "+ Người đứng đầu đơn vị có trách nhiệm trao đổi với cán bộ trước khi báo cáo tập thể lãnh đạo.\n"
            "+ Hội đồng Thi đua xem xét, trình Chủ tịch quyết định.\n")
    text = directive(body=body)
    agencies = [b["agency"] for b in run(text).record.to_json()["assignments"]]
    assert agencies == ["Phòng Văn hóa và Thông tin"], f"[{row_id}] {agencies}"


# A Hướng dẫn explains a rule topic by topic: the bodies named in its topics ("3. Về quy trình …" / "3.1. Các cấp ủy
# … căn cứ …") are no blocks; its "Tổ chức thực hiện" section and what it asks outright are.
def _guidance(body: str) -> str:
    return ("TỈNH ỦY NINH BÌNH\nBAN TỔ CHỨC\n*\nSố 12-HD/BTCTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Ninh Bình, ngày 14 tháng 3 năm 2025\n\nHƯỚNG DẪN\nthực hiện quy định về công tác quy hoạch cán bộ\n\n"
            "Thực hiện Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ, Ban Tổ "
            "chức Tỉnh ủy hướng dẫn một số nội dung như sau:\n\n" + body +
            "\nNơi nhận:\n- Các huyện ủy, thành ủy,\n- Lưu VP.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nĐinh Văn Lâm\n")


GUIDANCE = [
    ("topics-then-duties-section",
     ("I. Về quy hoạch cán bộ\n1. Về quy trình quy hoạch:\n1.1. Các cấp ủy, tổ chức đảng căn cứ quy trình của Trung ương "
      "để cụ thể hóa quy trình quy hoạch của cấp mình.\n2. Các huyện ủy, thành ủy ban hành danh mục chức danh thuộc "
      "cấp mình quản lý.\n\nII. Tổ chức thực hiện\n1. Các huyện ủy, thành ủy\n- Triển khai thực hiện Hướng dẫn này.\n"),
     [block("Các huyện ủy, thành ủy", "Triển khai thực hiện Hướng dẫn này.")]),
    ("topics-with-an-ask",
     ("1. Về hồ sơ cán bộ\nNgười đứng đầu cơ quan, đơn vị chịu trách nhiệm về tính chính xác của hồ sơ.\n"
      "2. Đề nghị các huyện ủy, thành ủy báo cáo kết quả về Ban Tổ chức Tỉnh ủy trước ngày 30/6/2025.\n"),
     [block("các huyện ủy, thành ủy", "báo cáo kết quả về Ban Tổ chức Tỉnh ủy trước ngày 30/6/2025.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(GUIDANCE))
def test_a_guidances_topics_name_no_blocks(row_id, body, expected):
    check_field(row_id, _guidance(body), "assignments", expected)


@pytest.mark.parametrize("numeral", ["**VI.\nKINH PHÍ THỰC HIỆN**", "VI.\nKINH PHÍ THỰC HIỆN", "**IV.**\nKINH PHÍ"])
def test_a_section_numeral_on_its_own_line_still_ends_the_duties(numeral):
    # a crawl breaks "VI." from its title: no seal fragment, the funding section still closes the last block
    section = ("V. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\n- Chủ trì triển khai kế hoạch.\n2. Các đoàn thể:\n"
               f"Vận động hội viên tham gia vệ sinh môi trường.\n{numeral}\n- Từ ngân sách tỉnh theo phân cấp.\n"
               "- Nguồn dự phòng phòng chống thiên tai.")
    check_field("numeral", directive(body=section), "assignments", [
        {"agency": "Sở Y tế", "tasks": ["Chủ trì triển khai kế hoạch."]},
        {"agency": "Các đoàn thể", "tasks": ["Vận động hội viên tham gia vệ sinh môi trường."]}])


@pytest.mark.parametrize(("first", "rest"), [
    ("Mặt trận Tổ quốc, Đoàn", "Thanh niên, Hội Phụ nữ"),
    ("Hội Nông dân, Hội", "Cựu chiến binh"),
    ("Hội Liên hiệp Phụ nữ, Đoàn", "Thanh niên huyện"),
])
def test_a_body_acting_in_a_step_of_the_activities_is_no_block_when_the_plan_has_duties(first, rest):
    # a crawl that sets its items apart with blank lines and wraps them: the step's actor is no agency block
    section = ("IV. NỘI DUNG\n\n1. Công tác phối hợp liên ngành\n\n- Kích hoạt Ban Chỉ huy phòng chống thiên tai các "
               f"cấp.\n\n- {first}\n{rest} hỗ trợ người dân khắc phục hậu quả.\n\nV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế:\n\n"
               "- Chủ trì triển khai kế hoạch.")
    check_field("step", directive(body=section), "assignments", [
        {"agency": "Sở Y tế", "tasks": ["Chủ trì triển khai kế hoạch."]}])


@pytest.mark.parametrize("told", [
    "Sở Nội vụ đã có Công văn số 812/SNV-TCBC ngày 17/9/2024 đề nghị các sở, ngành báo cáo số liệu biên chế",
    "Sở Nội vụ đã gửi văn bản số 812/SNV-TCBC ngày 17/9/2024 yêu cầu các huyện rà soát vị trí việc làm",
])
def test_a_letter_asks_again_what_it_asked_before_only_in_its_own_request(told):
    # what the writer asked in an earlier letter is told as background; the request of this letter, to bodies named
    # by their common nouns in lower case after a reasoning clause, is the duty
    preamble = (f"Thực hiện Công văn số 91/UBND-NC ngày 02/8/2024 của Ủy ban nhân dân tỉnh về biên chế năm 2025, {told}.")
    body = ("Trên cơ sở định hướng của Ủy ban nhân dân tỉnh và báo cáo của các cơ quan, đề nghị sở, ngành, địa phương "
            "khẩn trương tổng hợp đề xuất biên chế năm 2025 và gửi về Sở Nội vụ trước ngày 26/11/2024.")
    text = directive(header=NOTICE_HEADER, title="", preamble=preamble, body=body)
    check_field("told-before", text, "assignments", [
        block("sở, ngành, địa phương",
              "khẩn trương tổng hợp đề xuất biên chế năm 2025 và gửi về Sở Nội vụ trước ngày 26/11/2024.")])


@pytest.mark.parametrize("figure", ["18/10/2025", "30.11.2024", "15"])
def test_a_date_or_figure_read_as_a_tasks_lead_body_names_no_block(figure):
    # an appendix row whose "Đơn vị chủ trì" cell was filled from the deadline column names no body
    closing = (CLOSING + "\n\nPhụ lục\nTRIỂN KHAI NHIỆM VỤ NĂM HỌC 2023 - 2024\n"
               "1. Tổ chức tốt Ngày hội đọc sách tại các trường\na) Đơn vị chủ trì: Các trường tiểu học.\n"
               f"2. Bổ sung sách cho thư viện trường học\na) Đơn vị chủ trì: {figure}\n")
    check_field("figure", directive(body=LEAD + "III. NHIỆM VỤ\nNhiệm vụ năm học nêu tại Phụ lục kèm theo.",
                                    closing=closing), "assignments",
                [block("Các trường tiểu học", "Tổ chức tốt Ngày hội đọc sách tại các trường")])


# A numbered heading names who acts and runs on with a task of its own that announces its parts ("… chỉ đạo …, tổng
# hợp báo cáo cụ thể về một số nội dung sau:" over "(1) …" or dashes): that sentence is the block's first task, the
# items after it the rest (a role or a duty lead before the colon is no task: "có trách nhiệm:").
@pytest.mark.parametrize("row_id,heading,items,first", [
    ("report-on-the-following",
     ("1. Chủ tịch Ủy ban nhân dân các huyện: Krông Pắc, Ea Kar và Lắk chỉ đạo cơ quan chuyên môn khẩn trương rà soát, "
      "thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:"),
     "(1) Số hộ có nhà bị sập cần xây dựng lại.\n(2) Số hộ có nhà bị hư hỏng cần sửa chữa.",
     "chỉ đạo cơ quan chuyên môn khẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:"),
    ("organise-with-parts",
     ("2. Sở Văn hóa, Thể thao và Du lịch tổ chức chuỗi hoạt động tuyên truyền trên địa bàn tỉnh trong tháng 5, "
      "gồm các hoạt động sau:"),
     "- Triển lãm ảnh về Bác Hồ.\n- Hội diễn văn nghệ quần chúng.",
     "tổ chức chuỗi hoạt động tuyên truyền trên địa bàn tỉnh trong tháng 5, gồm các hoạt động sau:"),
    ("review-and-propose",
     ("3. Giám đốc Sở Tài chính chủ động rà soát nguồn kinh phí dự phòng ngân sách tỉnh, đề xuất phương án hỗ trợ cho "
      "từng nhóm đối tượng:"),
     "- Hỗ trợ sửa chữa nhà ở.\n- Hỗ trợ xây dựng lại nhà ở.",
     "chủ động rà soát nguồn kinh phí dự phòng ngân sách tỉnh, đề xuất phương án hỗ trợ cho từng nhóm đối tượng:"),
])
def test_a_heading_whose_own_task_announces_its_parts_keeps_that_task(row_id, heading, items, first):
    body = f"II. TỔ CHỨC THỰC HIỆN\n{heading}\n{items}"
    extraction = run(directive(body=body))
    tasks = extraction.record.to_json()["assignments"][0]["tasks"]
    assert tasks[0] == first and len(tasks) == 3, (row_id, tasks)


# "- Giáo viên bộ môn: chấm bài, nhập điểm vào hệ thống quản lý …": the colon ends the name when a task in lower case
# follows it, however many commas it has before a later verb ("Giám đốc các Sở: Y tế, Tài chính, … chịu trách nhiệm"
# opens names in capitals instead); a school's staff are told to act by office ("Nhân viên …", "Văn thư")
@pytest.mark.parametrize("row_id,line,agency,task", [
    ("marks-into-the-system", "- Giáo viên bộ môn: chấm bài, nhập điểm vào hệ thống quản lý trường học.",
     "Giáo viên bộ môn", "chấm bài, nhập điểm vào hệ thống quản lý trường học."),
    ("clean-and-arrange", "- Nhân viên y tế: dọn vệ sinh, sắp xếp bàn ghế phòng thi, kiểm tra hệ thống điện.",
     "Nhân viên y tế", "dọn vệ sinh, sắp xếp bàn ghế phòng thi, kiểm tra hệ thống điện."),
    ("receive-and-guide", "- Văn thư: nhận hồ sơ, vào sổ, chuyển cho Phó Hiệu trưởng phụ trách.",
     "Văn thư", "nhận hồ sơ, vào sổ, chuyển cho Phó Hiệu trưởng phụ trách."),
])
def test_a_colon_before_a_task_in_lower_case_ends_the_name(row_id, line, agency, task):
    body = ("II. TỔ CHỨC THỰC HIỆN\n- Tổ trưởng chuyên môn: chỉ đạo giáo viên trong tổ ra đề kiểm tra theo ma trận.\n"
            + line)
    check_field(row_id, directive(body=body), "assignments", [
        block("Tổ trưởng chuyên môn", "chỉ đạo giáo viên trong tổ ra đề kiểm tra theo ma trận."), block(agency, task)])


# "Giao Sở X:" / "Đề nghị Y:" opening a line of the body (its number alone on the line above) is a heading read in its
# place among the blocks; only the opening's last line asks a list from its start
@pytest.mark.parametrize("row_id,marker", [("lone-bracket", "{n})"), ("lone-dot", "{n}."), ("no-number", "")])
def test_a_body_line_opening_with_the_ask_is_a_heading_in_its_place(row_id, marker):
    def num(n):
        return marker.format(n=n) + "\n" if marker else ""
    body = ("II. TỔ CHỨC THỰC HIỆN\n" + num(1) + "Các sở, ban, ngành chủ động xây dựng kế hoạch thực hiện.\n"
            + num(2) + "Giao Sở Nội vụ:\n- Làm đầu mối theo dõi việc thực hiện;\n- Tổng hợp kết quả hằng năm.\n"
            + num(3) + "Đề nghị Liên đoàn Lao động tỉnh: Chỉ đạo các cấp công đoàn phối hợp thực hiện.")
    check_field(row_id, directive(body=body), "assignments", [
        block("Các sở, ban, ngành", "chủ động xây dựng kế hoạch thực hiện."),
        block("Sở Nội vụ", "Làm đầu mối theo dõi việc thực hiện", "Tổng hợp kết quả hằng năm."),
        block("Liên đoàn Lao động tỉnh", "Chỉ đạo các cấp công đoàn phối hợp thực hiện.")])
