"""The shape of a certificate template file: its names and values, and its JSON Schema.

``template_schema()`` is also shipped as resources/templates/certificate-template.schema.json (a
test keeps the two equal); ``schema_message`` says in Vietnamese what the schema refuses.
"""

from __future__ import annotations

import json
from typing import Any, Literal

import jsonschema

from desktop.documents.certificates.fields import PLACEHOLDERS
from desktop.documents.fonts import FACES
from desktop.domain.json_text import JSON_TYPE_NAMES, place

Mode = Literal["full", "preprinted"]
MODES: tuple[Mode, ...] = ("full", "preprinted")
"""``full``: art, fixed and variable text on plain paper; ``preprinted``: variable text only."""

Align = Literal["left", "center", "right"]
VAlign = Literal["top", "middle", "bottom"]
ArtStyle = Literal["none", "state", "party", "certificate", "merit"]
ART_STYLES: tuple[ArtStyle, ...] = ("none", "state", "party", "certificate", "merit")
OrnamentKind = Literal["divider"]
ORNAMENT_KINDS: tuple[OrnamentKind, ...] = ("divider",)

DEFAULT_PRIMARY = "#B0001E"
"""Deep red of the state and Party forms."""
DEFAULT_ACCENT = "#C9A227"
"""Gold."""
TEMPLATE_FORMAT = "vinhdanh.certificate-template"
AWARD_FORMS: tuple[str, ...] = ("Giấy khen", "Giấy chứng nhận", "Bằng khen")
"""The forms a built-in template may declare (Luật TĐKT 2022 Điều 9, and the Giấy chứng nhận
offices hand out at conferences)."""
STYLE_LABELS = {"state": "của Nhà nước", "party": "của Đảng"}
SCHEMA_FILE = "certificate-template.schema.json"

PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "A3": (297.0, 420.0),
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
}
"""Portrait width × height of the named sizes, in mm."""


def _pattern_regex() -> str:
    names = "|".join(PLACEHOLDERS)
    return rf"^(?:[^{{}}]|\{{\{{|\}}\}}|\{{(?:{names})\}})*$"


def template_schema() -> dict[str, Any]:
    """The JSON Schema of a template file (also shipped as resources/templates/…schema.json)."""
    colour = {"type": "string", "pattern": "^#[0-9A-Fa-f]{6}$"}
    mm = {"type": "number", "minimum": 0, "maximum": 2000}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://vinhdanh.invalid/schema/certificate-template.json",
        "title": "Mẫu giấy khen / bằng khen của Vinh Danh",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "schema_version", "id", "title", "version", "paper", "fields"],
        "properties": {
            "format": {"const": TEMPLATE_FORMAT},
            "schema_version": {"const": 1},
            "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"},
            "title": {"type": "string", "minLength": 1},
            "version": {"type": "string", "minLength": 1},
            "description": {"type": "string"},
            "serves": {
                "type": "object",
                "additionalProperties": False,
                "description": "Hình thức khen và kiểu cơ quan mà mẫu dùng cho",
                "properties": {
                    "forms": {
                        "type": "array",
                        "items": {"type": "string", "minLength": 1},
                        "minItems": 1,
                        "uniqueItems": True,
                    },
                    "styles": {
                        "type": "array",
                        "items": {"enum": ["state", "party"]},
                        "minItems": 1,
                        "uniqueItems": True,
                    },
                },
            },
            "paper": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "size": {"enum": list(PAPER_SIZES_MM)},
                    "width_mm": {**mm, "exclusiveMinimum": 20},
                    "height_mm": {**mm, "exclusiveMinimum": 20},
                    "orientation": {"enum": ["landscape", "portrait"]},
                },
                "oneOf": [
                    {"required": ["size"], "not": {"anyOf": [{"required": ["width_mm"]}]}},
                    {"required": ["width_mm", "height_mm"], "not": {"required": ["size"]}},
                ],
            },
            "images": {
                "type": "array",
                "maxItems": 20,
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["name", "image", "x_mm", "y_mm", "width_mm", "height_mm"],
                    "properties": {
                        "name": {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,39}$"},
                        "image": {
                            "type": "string",
                            "pattern": r"^[^/\\:.][^/\\:]*\.(?:[Pp][Nn][Gg]|[Jj][Pp][Ee]?[Gg])$",
                        },
                        "x_mm": mm,
                        "y_mm": mm,
                        "width_mm": {**mm, "exclusiveMinimum": 0},
                        "height_mm": {**mm, "exclusiveMinimum": 0},
                        "modes": {
                            "type": "array",
                            "items": {"enum": list(MODES)},
                            "minItems": 1,
                            "uniqueItems": True,
                        },
                    },
                },
            },
            "background": {
                "type": "object",
                "additionalProperties": False,
                "required": ["image"],
                "properties": {
                    "image": {"type": "string", "pattern": r"^[^/\\:]+$"},
                    "print": {"type": "boolean"},
                },
            },
            "art": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "style": {"enum": list(ART_STYLES)},
                    "primary": colour,
                    "accent": colour,
                    "ornaments": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["kind", "x_mm", "y_mm", "width_mm"],
                            "properties": {
                                "kind": {"enum": list(ORNAMENT_KINDS)},
                                "x_mm": mm,
                                "y_mm": mm,
                                "width_mm": {**mm, "exclusiveMinimum": 0},
                            },
                        },
                    },
                },
            },
            "fields": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["name", "text", "x_mm", "y_mm", "width_mm", "height_mm"],
                    "properties": {
                        "name": {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,39}$"},
                        "text": {"type": "string", "pattern": _pattern_regex()},
                        "x_mm": mm,
                        "y_mm": mm,
                        "width_mm": {**mm, "exclusiveMinimum": 0},
                        "height_mm": {**mm, "exclusiveMinimum": 0},
                        "font": {"enum": list(FACES)},
                        "font_file": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 1000,
                            "pattern": "\\.[Tt][Tt][Ff]$",
                            "description": "Tệp phông TrueType đã cài trên máy (đường dẫn đầy đủ)",
                        },
                        "size": {"type": "number", "minimum": 4, "maximum": 200},
                        "min_size": {"type": "number", "minimum": 4, "maximum": 200},
                        "max_lines": {"type": "integer", "minimum": 1, "maximum": 20},
                        "line_spacing": {"type": "number", "minimum": 0.8, "maximum": 3},
                        "word_spacing": {"type": "number", "minimum": 0, "maximum": 2},
                        "bold": {"type": "boolean"},
                        "italic": {"type": "boolean"},
                        "colour": colour,
                        "align": {"enum": ["left", "center", "right"]},
                        "valign": {"enum": ["top", "middle", "bottom"]},
                        "upper": {"type": "boolean"},
                        "underline": {"type": "boolean"},
                        "omit_if_empty": {"type": "boolean"},
                        "kerning": {"type": "boolean"},
                        "modes": {
                            "type": "array",
                            "items": {"enum": list(MODES)},
                            "minItems": 1,
                            "uniqueItems": True,
                        },
                        "kinds": {
                            "type": "array",
                            "items": {"enum": ["person", "collective"]},
                            "minItems": 1,
                            "uniqueItems": True,
                        },
                    },
                },
            },
        },
    }


def schema_place(error: jsonschema.ValidationError) -> str:
    return place(list(error.absolute_path))


_TYPE_NAMES = JSON_TYPE_NAMES


def schema_message(error: jsonschema.ValidationError) -> str:
    """The schema's complaint in Vietnamese (jsonschema's own messages are English)."""
    value = json.dumps(error.instance, ensure_ascii=False, default=str)
    value = value if len(value) <= 60 else value[:59] + "…"
    limit = error.validator_value
    match error.validator:
        case "required":
            missing = [
                k for k in limit if isinstance(error.instance, dict) and k not in error.instance
            ]
            return f"thiếu trường “{missing[0] if missing else limit}”"
        case "additionalProperties":
            allowed = set(error.schema.get("properties", {}))
            extra = (
                sorted(set(error.instance) - allowed) if isinstance(error.instance, dict) else []
            )
            return f"trường không được hỗ trợ: {', '.join(extra)}"
        case "type":
            wanted = limit if isinstance(limit, list) else [limit]
            names = " hoặc ".join(_TYPE_NAMES.get(str(t), str(t)) for t in wanted)
            return f"phải là {names}, không phải {value}"
        case "enum" | "const":
            options = limit if isinstance(limit, list) else [limit]
            shown = ", ".join(json.dumps(o, ensure_ascii=False) for o in options)
            return f"giá trị {value} không hợp lệ (chỉ nhận {shown})"
        case "minimum" | "exclusiveMinimum":
            return f"giá trị {value} nhỏ hơn mức cho phép ({limit})"
        case "maximum" | "exclusiveMaximum":
            return f"giá trị {value} lớn hơn mức cho phép ({limit})"
        case "minLength" | "minItems" | "minProperties":
            return f"giá trị {value} quá ngắn hoặc trống (ít nhất {limit})"
        case "maxLength" | "maxItems" | "maxProperties":
            return f"giá trị {value} quá dài (nhiều nhất {limit})"
        case "pattern":
            return f"giá trị {value} không đúng dạng"
        case _:
            return f"giá trị {value} không hợp lệ"
