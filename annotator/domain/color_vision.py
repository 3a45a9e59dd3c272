"""How far apart two colours look: CIELAB, CIEDE2000, and colour-vision deficiency simulated.

Used to check the default tag palette: tags of one facet must be told apart in the text, also by readers
with red-green colour blindness (about one man in twelve). Simulation: Machado, Oliveira & Fernandes (2009),
"A Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), the published
matrices for severity 1.0, applied to linear sRGB. Colour difference: CIEDE2000 (Sharma, Wu & Dalal 2005).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Lab = tuple[float, float, float]
RGB = tuple[float, float, float]  # each 0..1

# Machado et al. (2009), Table 1, severity 1.0 (dichromacy); rows act on linear (r, g, b).
MACHADO_2009 = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
VISIONS = ("normal", "deuteranopia", "protanopia")
_WHITE_D65 = (0.95047, 1.0, 1.08883)


def hex_to_rgb(color: str) -> RGB:
    """``#RRGGBB`` as sRGB components in 0..1."""
    value = color.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def _to_linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _to_gamma(c: float) -> float:
    c = min(1.0, max(0.0, c))
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def simulate(rgb: RGB, vision: str) -> RGB:
    """The sRGB colour a reader with ``vision`` (a key of MACHADO_2009, or "normal") sees for ``rgb``."""
    if vision == "normal":
        return rgb
    linear = [_to_linear(c) for c in rgb]
    matrix = MACHADO_2009[vision]
    return tuple(_to_gamma(sum(m * c for m, c in zip(row, linear, strict=True))) for row in matrix)  # type: ignore[return-value]


def blend(rgb: RGB, alpha: float, paper: RGB) -> RGB:
    """``rgb`` painted with opacity ``alpha`` over ``paper`` (as the reader paints a highlight)."""
    return tuple(alpha * c + (1 - alpha) * p for c, p in zip(rgb, paper, strict=True))  # type: ignore[return-value]


def rgb_to_lab(rgb: RGB) -> Lab:
    """sRGB (D65) to CIELAB."""
    r, g, b = (_to_linear(c) for c in rgb)
    xyz = (
        0.4124564 * r + 0.3575761 * g + 0.1804375 * b,
        0.2126729 * r + 0.7151522 * g + 0.0721750 * b,
        0.0193339 * r + 0.1191920 * g + 0.9503041 * b,
    )

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = (f(v / w) for v, w in zip(xyz, _WHITE_D65, strict=True))
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e_2000(lab1: Lab, lab2: Lab) -> float:
    """CIEDE2000 colour difference (kL = kC = kH = 1)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    elif h2p - h1p > 180:
        dh = h2p - h1p - 360
    else:
        dh = h2p - h1p + 360
    dh_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_mean = (h1p + h2p + 360) / 2
    else:
        h_mean = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (dh_big / s_h) ** 2 + r_t * (dc / s_c) * (dh_big / s_h)
    )


def difference(
    color1: str, color2: str, vision: str = "normal", alpha: float = 1.0, paper: str = "#FFFFFF"
) -> float:
    """CIEDE2000 between two ``#RRGGBB`` colours as a reader with ``vision`` sees them, each painted with
    opacity ``alpha`` over ``paper``."""
    back = hex_to_rgb(paper)
    labs = [rgb_to_lab(simulate(blend(hex_to_rgb(c), alpha, back), vision)) for c in (color1, color2)]
    return delta_e_2000(labs[0], labs[1])


def closest_pair(
    colors: Sequence[str], vision: str = "normal", alpha: float = 1.0, paper: str = "#FFFFFF"
) -> tuple[float, str, str]:
    """The smallest difference between any two of ``colors``, and the pair."""
    best = (math.inf, "", "")
    for i, first in enumerate(colors):
        for second in colors[i + 1 :]:
            best = min(best, (difference(first, second, vision, alpha, paper), first, second))
    return best
