#!/usr/bin/python3
"""Reads an .ics file with python3-icalendar, a parser independent of Samverka's writer (Debian python3-icalendar),
and prints what it understood as JSON, for MeetingCalendarTest to compare with what was meant. Times are given in
UTC as the parser worked them out from the file's own VTIMEZONE."""
import sys
from datetime import timezone

import icalendar


def by_icalendar(data):
    cal = icalendar.Calendar.from_ical(data)
    out = {'method': str(cal.get('METHOD')), 'version': str(cal.get('VERSION')), 'timezones': [], 'events': []}
    for tz in cal.walk('VTIMEZONE'):
        out['timezones'].append(str(tz.get('TZID')))
    for ev in cal.walk('VEVENT'):
        start, end = ev.get('DTSTART'), ev.get('DTEND')
        attendees = ev.get('ATTENDEE') or []
        if not isinstance(attendees, list):
            attendees = [attendees]
        out['events'].append({
            'uid': str(ev.get('UID')),
            'sequence': int(ev.get('SEQUENCE')),
            'status': str(ev.get('STATUS')),
            'summary': str(ev.get('SUMMARY')),
            'location': str(ev.get('LOCATION', '')),
            'description': str(ev.get('DESCRIPTION', '')),
            'dtstartTzid': start.params.get('TZID'),
            'dtendTzid': end.params.get('TZID'),
            'start': start.dt.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
            'end': end.dt.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
            'organizer': str(ev.get('ORGANIZER', '')),
            'organizerCn': ev.get('ORGANIZER').params.get('CN') if ev.get('ORGANIZER') is not None else None,
            'attendees': [{'address': str(a), 'cn': a.params.get('CN'), 'partstat': a.params.get('PARTSTAT'),
                           'role': a.params.get('ROLE')} for a in attendees],
        })
    return out


def main():
    """Prints one tab-separated line per fact (a line break in a value as \\n), easy to read back in Java."""
    with open(sys.argv[1], 'rb') as f:
        raw = f.read()
    cal = by_icalendar(raw)

    def out(*fields):
        print('\t'.join('' if v is None else str(v).replace('\\', '\\\\').replace('\n', '\\n') for v in fields))

    out('method', cal['method'])
    out('version', cal['version'])
    for tz in cal['timezones']:
        out('timezone', tz)
    for e in cal['events']:
        out('event', e['uid'], e['sequence'], e['status'], e['dtstartTzid'], e['dtendTzid'], e['start'], e['end'],
            e['organizer'], e['organizerCn'], e['summary'])
        out('location', e['uid'], e['location'])
        out('description', e['uid'], e['description'])
        for a in e['attendees']:
            out('attendee', e['uid'], a['address'], a['cn'], a['partstat'], a['role'])


if __name__ == '__main__':
    main()
