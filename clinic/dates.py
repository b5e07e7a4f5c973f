"""Calendar arithmetic the models and pages share."""

import datetime


def months_before(day, months):
    """The same day of the month `months` earlier, clamped to the month's last day."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=candidate)
        except ValueError:
            continue


def day_range(first, last):
    """Every day from `first` to `last`, both included."""
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]
