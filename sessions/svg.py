"""Marks shared by the server-drawn charts."""

from django.utils.html import format_html_join


# The drawings' repeated marks are written here rather than in a template loop: a chart
# has dozens of them, and coordinates must keep their decimal point in every language.
def grid_marks(left, right, lines):
    return format_html_join(
        "\n",
        '<line x1="{0}" x2="{1}" y1="{3}" y2="{3}" class="grid"></line>'
        '<text x="{2}" y="{3}" class="axis-label" text-anchor="end" '
        'dominant-baseline="middle">{4}</text>',
        ((left, right, left - 8, y, value) for value, y in lines),
    )


def tick_marks(label_y, ticks):
    return format_html_join(
        "\n",
        '<text x="{}" y="{}" class="axis-label" text-anchor="middle">{}</text>',
        ((x, label_y, number) for x, number in ticks),
    )
