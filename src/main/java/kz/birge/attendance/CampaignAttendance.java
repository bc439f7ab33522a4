package kz.birge.attendance;

import java.util.List;

import kz.birge.indicators.AttendanceRecords;

import org.springframework.stereotype.Component;

/**
 * The attendance records the indicators recount, with each person's key as the counters
 * know it.
 */
@Component
class CampaignAttendance implements AttendanceRecords {

	private final Attendances attendances;

	CampaignAttendance(Attendances attendances) {
		this.attendances = attendances;
	}

	@Override
	public List<Present> presentIn(String campaignId) {
		return this.attendances.presentIn(campaignId)
			.stream()
			.map((attendance) -> new Present(attendance.occurrenceId(), attendance.activityId(), attendance.personKey(),
					attendance.headcount(), attendance.classKeyOf(), attendance.schoolKeyOf()))
			.toList();
	}

}
