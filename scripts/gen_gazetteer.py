#!/usr/bin/env python3
"""Builds src/gazetteer/gazetteer.tsv from the CSVs in /work/shared/data.

Usage: python3 scripts/gen_gazetteer.py [DATA_DIR] [OUT_FILE]

Output lines: level<TAB>name<TAB>extra
  C country, R region, P province (extra: old/new/old,new), D district
  (extra: provinces), W commune/ward/special zone (extra empty).
Names are NFC with the "new" tone placement (hòa, thủy), as the analyzer's
canonical text.
"""
import csv
import os
import sys
import unicodedata

DATA = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "src", "gazetteer", "gazetteer.tsv")

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def split_tone(c):
    d = unicodedata.normalize("NFD", c)
    tone = [m for m in d if m in TONES]
    if not tone:
        return None
    base = unicodedata.normalize("NFC", "".join(m for m in d if m not in TONES))
    return base, tone[0]


def canon(s):
    """NFC, tone on the first vowel of an open oa/oe/uy (like src/text/)."""
    s = unicodedata.normalize("NFC", s.strip())
    s = " ".join(s.split())
    out = list(s)
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        st = split_tone(b)
        before = out[i - 1] if i > 0 else ""
        after = out[i + 2] if i + 2 < len(out) else ""
        if st and (a.lower(), st[0].lower()) in {("o", "a"), ("o", "e"), ("u", "y")} \
                and not (a.lower() == "u" and before.lower() == "q") \
                and not after.isalpha() and split_tone(a) is None:
            out[i] = unicodedata.normalize("NFC", a + st[1])
            out[i + 1] = st[0]
            i += 2
            continue
        i += 1
    return "".join(out)


TYPE_WORDS = ["Thành phố", "Thị xã", "Thị trấn", "Đặc khu", "Huyện", "Quận", "Xã",
              "Phường", "Tỉnh", "Thủ đô"]


def strip_type(name):
    name = canon(name)
    low = name.lower()
    for t in TYPE_WORDS:
        if low.startswith(t.lower() + " "):
            return name[len(t) + 1:].strip()
    return name


def short_province(name):
    n = strip_type(name)
    if n.startswith("TP. "):
        n = n[4:]
    return n


def usable(name):
    # Numbered units ("Phường 15", "Quận 1") are matched by rule, not by name.
    return bool(name) and name[0].isupper() and not name.replace(" ", "").isdigit()


COUNTRIES = """Việt Nam; Lào; Campuchia; Cam-pu-chia; Trung Quốc; Hoa Kỳ; Hoa Kì; Mỹ; Mĩ; Nhật Bản; Nhật;
Hàn Quốc; Triều Tiên; Nga; Liên bang Nga; Pháp; Đức; Anh; Vương quốc Anh; Ấn Độ; Thái Lan;
Singapore; Xin-ga-po; Malaysia; Ma-lai-xi-a; Indonesia; In-đô-nê-xi-a; Philippines;
Phi-líp-pin; Myanmar; Mi-an-ma; Brunei; Bru-nây; Timor-Leste; Đông Timor; Úc; Australia;
Ô-xtrây-li-a; New Zealand; Niu Di-lân; Canada; Ca-na-đa; Cuba; Cu-ba; Brazil; Bra-xin;
Argentina; Ác-hen-ti-na; Mexico; Mê-hi-cô; Chile; Chi-lê; Ý; Italy; I-ta-li-a; Tây Ban Nha;
Bồ Đào Nha; Hà Lan; Bỉ; Thụy Sĩ; Thụy Điển; Na Uy; Đan Mạch; Phần Lan; Ba Lan; Séc;
Hungary; Hung-ga-ri; Áo; Ukraine; U-crai-na; Belarus; Bê-la-rút; Kazakhstan; Ca-dắc-xtan;
Mông Cổ; Israel; I-xra-en; Palestine; Pa-le-xtin; Iran; I-ran; Iraq; I-rắc; Ả Rập Xê Út;
Saudi Arabia; Thổ Nhĩ Kỳ; Ai Cập; Nam Phi; Nigeria; Ni-giê-ri-a; Mozambique; Mô-dăm-bích;
Angola; Ăng-gô-la; Algeria; An-giê-ri; Venezuela; Vê-nê-xu-ê-la; Nicaragua; Ni-ca-ra-goa;
Peru; Pê-ru; Colombia; Cô-lôm-bi-a; Hy Lạp; Bulgaria; Bun-ga-ri; Romania; Ru-ma-ni;
Slovakia; Xlô-va-ki-a; Cộng hòa Séc; Sri Lanka; Xri Lan-ca; Bangladesh; Băng-la-đét;
Pakistan; Pa-ki-xtan; Nepal; Nê-pan; Qatar; Ca-ta; Kuwait; Cô-oét; Syria; Xy-ri; Jordan;
Gioóc-đa-ni; Ethiopia; Ê-ti-ô-pi-a; Kenya; Kê-ni-a; Tanzania; Morocco; Ma-rốc; Ireland;
Ai-len; Scotland; Thổ Nhĩ Kỳ; Lebanon; Li-băng; Uzbekistan; U-dơ-bê-ki-xtan; Slovenia;
Serbia; Xéc-bi-a; Croatia; Estonia; Latvia; Lithuania; Luxembourg; Lúc-xăm-bua;
Hồng Kông; Hong Kong; Ma Cao; Đài Loan; Lào Cai;
Maroc; Tajikistan; Tát-gi-ki-xtan; Litva; Lít-va; Fiji; Phi-gi; Mauritius; Mô-ri-xơ;
Turkmenistan; Tuốc-mê-ni-xtan; Kyrgyzstan; Cư-rơ-gư-xtan; Azerbaijan; A-déc-bai-gian; Armenia;
Ác-mê-ni-a; Georgia; Gru-di-a; Moldova; Môn-đô-va; Montenegro; Bắc Macedonia; Albania; An-ba-ni;
Síp; Malta; Man-ta; Iceland; Ai-xơ-len; Monaco; Tunisia; Tuy-ni-di; Libya; Li-bi; Sudan;
Xu-đăng; Nam Sudan; Ghana; Ga-na; Senegal; Xê-nê-gan; Mali; Bờ Biển Ngà; Cameroon; Ca-mơ-run;
Congo; Công-gô; Uganda; U-gan-đa; Rwanda; Ru-an-đa; Zambia; Dăm-bi-a; Zimbabwe; Dim-ba-bu-ê;
Namibia; Na-mi-bi-a; Botswana; Madagascar; Ma-đa-gát-xca; Guinea; Ghi-nê; Oman; Ô-man; Yemen;
Y-ê-men; Bahrain; Ba-ranh; UAE; Các Tiểu vương quốc Ả Rập Thống nhất; Afghanistan;
Áp-ga-ni-xtan; Bhutan; Bu-tan; Maldives; Man-đi-vơ; Papua New Guinea; Ecuador; Ê-cu-a-đo;
Bolivia; Bô-li-vi-a; Paraguay; Pa-ra-goay; Uruguay; U-ru-goay; Panama; Pa-na-ma; Costa Rica;
Guatemala; Goa-tê-ma-la; Honduras; Hôn-đu-rát; El Salvador; Dominica; Jamaica; Gia-mai-ca;
Haiti; Ha-i-ti; Samoa; Tonga; Vanuatu; Timor Leste; Burundi; Bu-run-đi; Malawi; Niger; Chad;
Eritrea; Somalia; Xô-ma-li; Djibouti; Gabon; Ga-bông; Benin; Bê-nanh; Togo; Tô-gô; Liberia;
Sierra Leone; Gambia; Cabo Verde; Lesotho; Eswatini; Comoros; Seychelles; Xây-sen"""

# Foreign capitals and the provinces of neighbouring countries that Vietnamese
# news names most (level F: a place name on its own, like a country, but also
# after a type word: "tỉnh Kratie").
# Names that are also Vietnamese communes ("Quảng Châu", "Nam Ninh") stay out.
FOREIGN_PLACES = """Timor Leste; Viêng Chăn; Vientiane; Phnôm Pênh; Phnom Penh; Băng Cốc; Bangkok;
Kuala Lumpur; Jakarta; Gia-các-ta; Manila; Nay Pyi Taw; Yangon; Bandar Seri Begawan; Dili;
Bắc Kinh; Thượng Hải; Tokyo; Tô-ky-ô; Osaka; Seoul; Xơ-un;
Bình Nhưỡng; Washington; New York; Niu Oóc; San Francisco; Los Angeles; Moskva; Mát-xcơ-va;
Matxcơva; Saint Petersburg; Paris; Pa-ri; London; Luân Đôn; Berlin; Béc-lin; Rome; Brussels;
Geneva; Giơ-ne-vơ; Vienna; Canberra; Sydney; Melbourne; New Delhi; Niu Đê-li; Ottawa;
La Habana; Havana; Buenos Aires; Brasilia; Cairo; Dubai; Abu Dhabi; Riyadh; Tel Aviv; Ankara;
Kratie; Kandal; Takeo; Svay Rieng; Kampot; Kampong Cham; Kông Pông Chàm; Ratanakiri;
Mondulkiri; Stung Treng; Siem Reap; Xiêm Riệp; Battambang; Preah Vihear; Sihanoukville;
Prey Veng; Tbong Khmum; Koh Kong; Pursat; Kampong Thom; Kampong Speu; Kampong Chhnang;
Oddar Meanchey; Banteay Meanchey; Pailin; Attapeu; Attapư; Champasak; Chămpasắc; Savannakhet;
Xavannakhệt; Salavan; Xalavan; Sekong; Xêkông; Khammouane; Khăm Muộn; Bolikhamxay;
Bôlykhămxay; Xiengkhouang; Xiêng Khoảng; Houaphanh; Hủa Phăn; Luang Prabang; Luông Pha Băng;
Oudomxay; Udomxay; U Đôm Xay; Phongsaly; Phôngxalỳ; Luang Namtha; Luangprabang; Luangnamtha;
Bokeo; Xayaboury; Xaynhabuly; Pakse; Pắc Xế;
Sê Kông; Xê Kông; Sê-kông; Xê-kông; Chăm-pa-xắc; Chăm Pa Xắc; Chăm-pa-sắc; Sa-la-van; Xa-la-van;
Sa-van-na-khệt; Xa-van-na-khệt; Xa-vẳn-na-khệt; Khăm-muộn; Bô-ly-khăm-xay; Bô-li-khăm-xay;
Xiêng-khoảng; Hủa-phăn; Luông-pha-băng; Luông Pha-băng; U-đôm-xay; Phông-xa-lỳ; Luổng Nậm Thà;
Luông Nậm Thà; Bò Kẹo; Bò-kẹo; Xay-nha-bu-ly; Xay-nha-bu-li; Át-tạ-pư; A-tô-pơ; Viêng-chăn;
Xay-xổm-bun; Xiêm-riệp; Xiêm Riệp; Phnôm-pênh; Băng-cốc;
Quảng Tây;
Khu tự trị dân tộc Choang Quảng Tây; Khu tự trị Choang Quảng Tây; Khu tự trị Tây Tạng;
Khu tự trị Nội Mông; Khu tự trị Nội Mông Cổ; Khu tự trị Tân Cương; Khu tự trị Duy Ngô Nhĩ Tân Cương"""

REGIONS = """Tây Nguyên; Đồng bằng sông Cửu Long; Đồng bằng Sông Cửu Long; Đồng bằng sông Hồng;
Đồng bằng Bắc Bộ; Đông Nam Bộ; Tây Nam Bộ; Bắc Trung Bộ; Nam Trung Bộ;
Duyên hải Nam Trung Bộ; Duyên hải miền Trung; Tây Bắc; Đông Bắc; Việt Bắc; Nam Bộ; Bắc Bộ;
Trung Bộ; miền Trung; miền Bắc; miền Nam; miền Tây; miền Đông; miền Tây Nam Bộ;
Bắc Trung Bộ và Duyên hải miền Trung; Trung du và miền núi phía Bắc; Đông Nam Á; Đông Á;
Nam Á; Trung Đông; châu Á; châu Âu; châu Phi; châu Mỹ; châu Úc; Châu Á; Châu Âu;
Châu Phi; Châu Mỹ; Mỹ Latinh; Mỹ La-tinh; Biển Đông; Hoàng Sa; Trường Sa; Sài Gòn;
Đồng Tháp Mười; Thái Bình Dương; Ấn Độ Dương; Đại Tây Dương; Hà Tây; Nam Mỹ; Bắc Mỹ;
Trung Á; Tây Á; Bắc Phi; Bắc Âu; Tây Âu; Đông Âu; Nam Âu; châu Đại Dương; Châu Đại Dương; Bắc Tây Nguyên; Nam Tây Nguyên;
đồng bằng sông Cửu Long; đồng bằng sông Hồng; ĐBSCL; Đông Nam bộ; Tây Nam bộ; Bắc Trung bộ;
Nam Trung bộ; Duyên hải Nam Trung bộ; trung du và miền núi phía Bắc; Trung du miền núi phía Bắc;
trung du miền núi phía Bắc"""


def items(block):
    return [canon(x) for x in block.replace("\n", " ").split(";") if x.strip()]


def main():
    levels = {}   # name -> level (first given wins: C, R, P, D, W order)
    extra = {}
    order = []

    def add(level, name, ex=None):
        if not usable(name) and level not in "R":
            return
        if name in levels:
            if ex and levels[name] == level:
                extra[name].update(ex)
            return
        levels[name] = level
        extra[name] = set(ex or ())
        order.append(name)

    for n in items(COUNTRIES):
        if n != canon("Lào Cai"):
            add("C", n)
    for n in items(FOREIGN_PLACES):
        add("F", n)
    for n in items(REGIONS):
        add("R", n)

    prov = {}
    with open(os.path.join(DATA, "63_provinces_location_province_2025-07-24.csv"), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            prov.setdefault(short_province(r["address"]), set()).add("old")
    with open(os.path.join(DATA, "s_legacy_2020-2025.csv"), encoding="utf-8-sig") as f:
        legacy = list(csv.DictReader(f))
    for r in legacy:
        prov.setdefault(short_province(r["province"]), set()).add("old")
    with open(os.path.join(DATA, "2025_34-province-3221-ward_with_location.csv"), encoding="utf-8-sig") as f:
        new = list(csv.DictReader(f))
    for r in new:
        prov.setdefault(canon(r["provinceShort"]), set()).add("new")
    prov.setdefault(canon("Thừa Thiên Huế"), set()).add("old")
    for n in sorted(prov):
        add("P", n, prov[n])

    with open(os.path.join(DATA, "danhmuchanhchinh.gso.gov.vn_district_2025-07-18.csv"), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            add("D", strip_type(r["Tên"]), {short_province(r["Tỉnh / Thành Phố"])})
    for r in legacy:
        add("D", strip_type(r["district"]), {short_province(r["province"])})

    with open(os.path.join(DATA, "danhmuchanhchinh.gso.gov.vn_ward_2025-07-18.csv"), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            add("W", strip_type(r["Tên"]))
    for r in legacy:
        add("W", strip_type(r["ward"]))
    for r in new:
        add("W", canon(r["wardShort"]))

    # "Ia H' Drai" as the lists write it, "Ia H'Drai" as the news does.
    for n in list(order):
        if "' " in n:
            add(levels[n], n.replace("' ", "'"), extra[n])

    rank = {"C": 0, "F": 1, "R": 2, "P": 3, "D": 4, "W": 5}
    order.sort(key=lambda n: (rank[levels[n]], n))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Soi place gazetteer, generated by scripts/gen_gazetteer.py; do not edit.\n")
        f.write("# Administrative names derived from github.com/tranngocminhhieu/vietnamadminunits\n")
        f.write("# (commit 780c2798, MIT License, Copyright (c) 2025 Tran Ngoc Minh Hieu; full text in\n")
        f.write("# src/gazetteer/LICENSE.vietnamadminunits.txt). Countries, foreign places and regions: hand list.\n")
        f.write("# level<TAB>name<TAB>extra; C country, F foreign place, R region, P province (old/new), D district\n")
        f.write("# (provinces), W commune. NFC, new tone placement (hòa, thủy).\n")
        for n in order:
            f.write(f"{levels[n]}\t{n}\t{','.join(sorted(extra[n]))}\n")
    counts = {}
    for n in order:
        counts[levels[n]] = counts.get(levels[n], 0) + 1
    print(OUT, counts, os.path.getsize(OUT), "bytes")


if __name__ == "__main__":
    main()
