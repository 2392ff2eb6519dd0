package se.samverka.meetings.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.meetings.MeetingRow;
import se.samverka.meetings.MeetingService;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.Directory;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;

/** The meeting service on the local store. */
@Component(service = MeetingService.class)
public final class MeetingServiceComponent implements MeetingService {

    private final LocalStore store;

    @Activate
    public MeetingServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public List<Meeting> meetings() {
        return store.findAll(Meeting.class);
    }

    @Override
    public List<MeetingRow> rows() {
        return store.select(Meeting.class, "id", "meetingDate", "endsAt", "cooperationGroup.name", "title", "place",
                "onlineLink", "status", "size(agendaItems)").stream()
                .map(r -> new MeetingRow((String) r[0], (Date) r[1], (Date) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (MeetingStatus) r[7], ((Number) r[8]).intValue()))
                .toList();
    }

    @Override
    public Optional<Meeting> meeting(String id) {
        return store.find(Meeting.class, id);
    }

    @Override
    public List<CooperationGroup> groups() {
        return Directory.groups(store);
    }

    @Override
    public Meeting newMeeting() {
        LocalDate day = LocalDate.now().plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        Meeting meeting = SamverkaFactory.eINSTANCE.createMeeting();
        meeting.setStatus(MeetingStatus.PLANNED);
        meeting.setMeetingDate(Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
        meeting.setEndsAt(Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        return meeting;
    }

    @Override
    public Meeting save(Meeting meeting) throws StoreException {
        return store.save(meeting);
    }

    @Override
    public Meeting saveClearingReferences(Meeting meeting) throws StoreException {
        return store.saveClearingReferences(meeting);
    }
}
