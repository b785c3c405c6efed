"""collation_key and name_key against ICU, the reference for Vietnamese collation.

QCollator with QLocale("vi_VN") uses ICU on Linux (the PySide6 wheel bundles it). On Windows and
macOS Qt uses the system's sort API instead, which is not the reference, so the tests run on
Linux only. The domain code itself never imports Qt: this is the only place Qt is used.
"""

from __future__ import annotations

import itertools
import os
import random
import sys
import unicodedata
from collections.abc import Callable, Sequence

import pytest

from desktop.domain.collation import collation_key, name_key
from desktop.domain.text import split_name

if not sys.platform.startswith("linux"):
    pytest.skip("QCollator is backed by ICU on Linux only", allow_module_level=True)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
QtCore = pytest.importorskip("PySide6.QtCore")

LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
ONSETS = ("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
          "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x")  # fmt: skip
NUCLEI = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "uê",
          "ia", "iê", "ua", "uô", "ưa", "ươ", "yê", "ai", "ao", "au", "ay", "âu", "ây", "oi",
          "ôi", "ơi", "ui", "ưi", "eo", "êu", "iu", "oai", "uôi", "ươi", "ươu", "yêu")  # fmt: skip
CODAS = ("", "c", "ch", "m", "n", "ng", "nh", "p", "t")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Trịnh", "Lương", "Âu", "Ông",
          "Ưng")  # fmt: skip
MIDDLE = ("", "Văn", "Thị", "Hữu", "Đức", "Thành", "Minh", "Ngọc", "Thị Thu", "Thị Kim",
          "Quốc", "Bá", "Xuân", "Thanh", "Công", "Đình")  # fmt: skip
GIVEN = ("An", "Ân", "Anh", "Ánh", "Bình", "Châu", "Chi", "Cường", "Dũng", "Dung", "Đạt", "Đức",
         "Giang", "Hà", "Hải", "Hằng", "Hạnh", "Hoa", "Hoà", "Hòa", "Hoàng", "Hùng", "Hương",
         "Khánh", "Lan", "Linh", "Loan", "Mai", "Minh", "Nam", "Nga", "Ngân", "Ngọc", "Nhung",
         "Oanh", "Phương", "Quang", "Quân", "Sơn", "Tâm", "Thảo", "Thuỷ", "Thủy", "Trang",
         "Tuấn", "Uyên", "Vân", "Vinh", "Xuân", "Yến", "Ý")  # fmt: skip
OTHERS = ("A & B <C>", "Phòng 1", "Phòng 10", "Phòng 2", "Tổ 2-3", "Tổ 2–3", "Tổ (2)",
          "UBND tỉnh", "Ủy ban", "Uỷ ban", "ủy ban", "Sở Nội vụ", "Sở Nội Vụ", "Sở Nội-vụ",
          "Đảng uỷ", "“Hội nghị”", "'Hội nghị'", "Hội nghị.", "Hội nghị,", "Hội nghị…",
          "50%", "1.000.000 đồng", "1,5 triệu", "Số: 05/QĐ-SNV", "Số 15-QĐ/BTGTU", "", " ",
          "a b", "a\tb", "ab", "a-b", "a_b", "café", "Zürich", "naïve", "Ørsted", "Łódź",
          "Straße", "Strasse", "ﬁnal", "final", "Ⅻ", "½", "x²", "Ｆｕｌｌ", "a\u00a0b")  # fmt: skip


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.fixture(scope="module")
def icu_compare() -> Callable[[str, str], int]:
    collator = QtCore.QCollator(QtCore.QLocale("vi_VN"))
    # Tertiary strength: case differences count. Our key must match that exactly.
    assert collator.caseSensitivity() == QtCore.Qt.CaseSensitivity.CaseSensitive
    assert not collator.numericMode()
    assert not collator.ignorePunctuation()
    compare: Callable[[str, str], int] = collator.compare
    return compare


def vietnamese_words() -> list[str]:
    """Every letter with every tone in both cases, syllables, names and awkward strings."""
    rng = random.Random(20240103)
    words: set[str] = set()
    for letter, tone in itertools.product(LETTERS, TONES):
        single = nfc(letter + tone)
        words.update({single, single.upper(), single + "a", single.upper() + "b"})
    syllables = [nfc(o + n + c) for o, n, c in itertools.product(ONSETS, NUCLEI, CODAS)]
    for syllable in rng.sample(syllables, 1200):
        toned = _put_tone(syllable, rng.choice(TONES))
        words.update({toned, toned.capitalize(), toned.upper()})
    for family, middle, given in itertools.product(FAMILY, MIDDLE, GIVEN):
        if rng.random() < 0.05:
            words.add(" ".join(part for part in (family, middle, given) if part))
    words.update(nfc(word) for word in OTHERS)
    words.update(unicodedata.normalize("NFD", word) for word in rng.sample(sorted(words), 200))
    return sorted(words)


def _put_tone(syllable: str, tone: str) -> str:
    """Put the tone on the last vowel of the nucleus (a simple rule is enough here)."""
    vowels = [i for i, ch in enumerate(syllable) if unicodedata.normalize("NFD", ch)[0] in "aeiouy"]
    if not vowels or not tone:
        return syllable
    i = vowels[-1] if len(vowels) == 1 or syllable[-1] not in "aeiouy" else vowels[0]
    return nfc(syllable[: i + 1] + tone + syllable[i + 1 :])


def assert_same_order(
    words: Sequence[str], key: Callable[[str], str], compare: Callable[[str, str], int]
) -> None:
    """Sort by ``key`` and check every neighbour pair with ICU.

    ICU's order is transitive, so agreement on every neighbour pair of the key's order (the
    same sign: before, equal, after) means agreement on every pair.
    """
    ordered = sorted(words, key=key)
    differences = []
    for a, b in itertools.pairwise(ordered):
        key_sign = (key(a) > key(b)) - (key(a) < key(b))
        icu_sign = compare(a, b)
        if key_sign != icu_sign:
            differences.append((a, b, key_sign, icu_sign))
    assert not differences, differences[:20]


def test_collation_key_matches_icu_on_vietnamese_words(
    icu_compare: Callable[[str, str], int],
) -> None:
    words = vietnamese_words()
    assert len(words) > 4000
    assert_same_order(words, collation_key, icu_compare)


def test_collation_key_matches_icu_on_random_pairs(icu_compare: Callable[[str, str], int]) -> None:
    words = vietnamese_words()
    rng = random.Random(7)
    for _ in range(5000):
        a, b = rng.choice(words), rng.choice(words)
        key_a, key_b = collation_key(a), collation_key(b)
        assert (key_a > key_b) - (key_a < key_b) == icu_compare(a, b), (a, b)


def test_collation_key_matches_icu_on_symbols_and_latin(
    icu_compare: Callable[[str, str], int],
) -> None:
    """Punctuation, digits and the Latin-1 / Latin Extended-A letters are in ICU order too."""
    symbols = [chr(i) for i in range(0x20, 0x7F)] + list(
        "\u00a0\u3000–—‘’“”…«»·§°©®€£¥₫×÷±¹²³¼½ªº\u00ad\u2028"
    )
    latin = [chr(i) for i in range(0xC0, 0x180) if unicodedata.category(chr(i)).startswith("L")]
    words = symbols + [s + "a" for s in symbols] + latin + [ch + "b" for ch in latin]
    words += [ch + "a" for ch in "abcdefghijklmnopqrstuvwxyz"]
    assert_same_order(words, collation_key, icu_compare)


def test_name_key_matches_icu_on_rearranged_names(icu_compare: Callable[[str, str], int]) -> None:
    """name_key orders like ICU on "tên<TAB>tên đệm<TAB>họ" (TAB sorts before every character)."""
    rng = random.Random(11)
    names = {
        " ".join(part for part in parts if part)
        for parts in itertools.product(FAMILY, MIDDLE, GIVEN)
        if rng.random() < 0.08
    }
    names.update({"Lê An", "An", "Nguyễn Bá An", "Trần Thị Hoà", "Nguyễn Thị Hòa", "lê an"})

    def rearranged(name: str) -> str:
        family, middle, given = split_name(name)
        return f"{given}\t{middle}\t{family}"

    by_name = {rearranged(name): name for name in names}
    assert len(by_name) == len(names)
    assert len(names) > 1000
    assert_same_order(list(by_name), lambda r: name_key(by_name[r]), icu_compare)
