"""Images for the demo, drawn locally with Pillow: story illustrations, flags, thumbnails.

Every image is deterministic for a given seed, so a second load draws the same picture.
Flags are simple coloured patterns that only recall a country's colours; they are not
accurate flags and their titles say so. No text is drawn, so no font is needed.
"""

import io
import random

from PIL import Image, ImageDraw, ImageOps


def _rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[index : index + 2], 16) for index in (0, 2, 4))


def _with_alpha(colour, alpha):
    return (*_rgb(colour), alpha)


def _encode(image, fmt, **options):
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def illustration(seed, start, end, accent, size=(1600, 900)):
    """A JPEG: a diagonal gradient from ``start`` to ``end`` with soft circles and lines."""
    rng = random.Random(seed)  # noqa: S311  (shapes for a picture, not secrets)
    # Everything is drawn at a quarter of the size and scaled up: the scaling softens the
    # edges like a blur, at a fraction of a blur's cost.
    width, height = size[0] // 4, size[1] // 4
    gradient = Image.linear_gradient("L").rotate(rng.choice([30, 45, 60, 120, 135]), expand=True)
    # The middle of the rotated square is all gradient; its corners would be empty.
    middle_x, middle_y = gradient.width // 2, gradient.height // 2
    gradient = gradient.crop((middle_x - 85, middle_y - 85, middle_x + 85, middle_y + 85))
    base = ImageOps.colorize(gradient.resize((width, height)), _rgb(start), _rgb(end))
    layer = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(rng.randint(5, 9)):
        radius = rng.randint(height // 10, height // 2)
        x, y = rng.randint(-radius // 2, width), rng.randint(-radius // 2, height)
        colour = rng.choice([accent, "#ffffff", end])
        draw.ellipse((x, y, x + radius, y + radius), fill=_with_alpha(colour, rng.randint(40, 110)))
    for _ in range(rng.randint(3, 6)):
        points = [(rng.randint(0, width), rng.randint(0, height)) for _ in range(3)]
        draw.line(
            points, fill=_with_alpha("#ffffff", rng.randint(60, 140)), width=rng.randint(1, 4)
        )
    image = Image.alpha_composite(base.convert("RGBA"), layer).convert("RGB")
    image = image.resize(size, Image.Resampling.BICUBIC)
    return _encode(image, "JPEG", quality=82, optimize=True)


def flag(pattern, colours, emblem="", size=(600, 400)):
    """A PNG flag-like pattern in the given colours. Not an accurate flag."""
    width, height = size
    image = Image.new("RGB", size, _rgb(colours[0]))
    draw = ImageDraw.Draw(image)
    if pattern == "horizontal":
        band = height / len(colours)
        for index, colour in enumerate(colours):
            draw.rectangle((0, index * band, width, (index + 1) * band), fill=_rgb(colour))
    elif pattern == "vertical":
        band = width / len(colours)
        for index, colour in enumerate(colours):
            draw.rectangle((index * band, 0, (index + 1) * band, height), fill=_rgb(colour))
    elif pattern == "nordic":
        field, outer, inner = colours
        draw.rectangle((0, 0, width, height), fill=_rgb(field))
        draw.rectangle((width * 0.28, 0, width * 0.42, height), fill=_rgb(outer))
        draw.rectangle((0, height * 0.40, width, height * 0.60), fill=_rgb(outer))
        draw.rectangle((width * 0.315, 0, width * 0.385, height), fill=_rgb(inner))
        draw.rectangle((0, height * 0.45, width, height * 0.55), fill=_rgb(inner))
    elif pattern == "cross":
        field, cross = colours
        draw.rectangle((width * 0.44, 0, width * 0.56, height), fill=_rgb(cross))
        draw.rectangle((0, height * 0.42, width, height * 0.58), fill=_rgb(cross))
    elif pattern == "canton":
        top, bottom, canton = colours
        draw.rectangle((0, height / 2, width, height), fill=_rgb(bottom))
        draw.rectangle((0, 0, width / 3, height / 2), fill=_rgb(canton))
        draw.ellipse(
            (width / 6 - 25, height / 4 - 25, width / 6 + 25, height / 4 + 25), fill=_rgb(emblem)
        )
    elif pattern == "canton_dots":
        field, cross, dots = colours
        draw.rectangle((width * 0.22, 0, width * 0.28, height / 2), fill=_rgb(cross))
        draw.rectangle((0, height * 0.21, width / 2, height * 0.29), fill=_rgb(cross))
        draw.rectangle((width * 0.235, 0, width * 0.265, height / 2), fill=_rgb(dots))
        draw.rectangle((0, height * 0.23, width / 2, height * 0.27), fill=_rgb(dots))
        for x, y in ((0.72, 0.3), (0.84, 0.5), (0.7, 0.62), (0.78, 0.8)):
            draw.ellipse(
                (width * x - 14, height * y - 14, width * x + 14, height * y + 14), fill=_rgb(dots)
            )
    elif pattern == "low_band":
        field, stripe, middle = colours
        draw.rectangle((0, height * 0.5, width, height * 0.75), fill=_rgb(stripe))
        draw.rectangle((0, height * 0.58, width, height * 0.67), fill=_rgb(middle))
        for index in range(10):
            x = width * 0.2 + 60 * (index % 5)
            y = height * (0.55 if index < 5 else 0.7)
            draw.ellipse((x - 8, y - 8, x + 8, y + 8), fill=_rgb(emblem))
    elif pattern == "disc":
        field, disc = colours
        radius = height * 0.25
        draw.ellipse(
            (width / 2 - radius, height / 2 - radius, width / 2 + radius, height / 2 + radius),
            fill=_rgb(disc),
        )
        inner = radius * 0.6
        draw.ellipse(
            (
                width / 2 - inner + 12,
                height / 2 - inner,
                width / 2 + inner + 12,
                height / 2 + inner,
            ),
            fill=_rgb(field),
        )
    elif pattern == "disc_split":
        field, upper, lower = colours
        radius = height * 0.25
        box = (width / 2 - radius, height / 2 - radius, width / 2 + radius, height / 2 + radius)
        draw.pieslice(box, 180, 360, fill=_rgb(upper))
        draw.pieslice(box, 0, 180, fill=_rgb(lower))
        for corner_x, corner_y in ((0.12, 0.15), (0.88, 0.15), (0.12, 0.85), (0.88, 0.85)):
            draw.rectangle(
                (
                    width * corner_x - 20,
                    height * corner_y - 25,
                    width * corner_x + 20,
                    height * corner_y + 25,
                ),
                fill=(0, 0, 0),
            )
    elif pattern == "stripes_canton":
        field, stripe = colours
        band = height / 9
        for index in range(1, 9, 2):
            draw.rectangle((0, index * band, width, (index + 1) * band), fill=_rgb(stripe))
        draw.rectangle((0, 0, width * 0.35, band * 5), fill=_rgb(field))
        draw.ellipse(
            (width * 0.175 - 45, band * 2.5 - 45, width * 0.175 + 45, band * 2.5 + 45),
            fill=_rgb(emblem),
        )
    else:
        raise ValueError(f"Unknown flag pattern {pattern!r}")
    if emblem and pattern in ("horizontal",):
        radius = height * 0.12
        draw.ellipse(
            (width / 2 - radius, height / 2 - radius, width / 2 + radius, height / 2 + radius),
            fill=_rgb(emblem),
        )
    return _encode(image, "PNG", optimize=True)


def thumbnail(seed, start, end, accent):
    """A small JPEG still for a hosted video."""
    return illustration(seed, start, end, accent, size=(640, 360))
