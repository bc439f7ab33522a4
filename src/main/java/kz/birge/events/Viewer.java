package kz.birge.events;

import java.util.Optional;

import kz.birge.catalog.Category;
import kz.birge.catalog.Listing;
import kz.birge.user.Role;
import kz.birge.user.SchoolClass;
import kz.birge.user.User;

/**
 * Who is looking at the catalogue, and what they may see and sign up for. A student sees
 * their school's activities for their grade (all of them with the school-wide switch) and
 * other organisations' activities open to all students, such as a park's clean-up; a
 * volunteer sees activities open to volunteers; teachers and coordinators see their
 * organisation's.
 */
record Viewer(long userId, Role role, Optional<String> organisationId, Optional<SchoolClass> schoolClass) {

	static Viewer of(User user) {
		return new Viewer(user.id(), user.role(), user.organisation(), user.schoolClass());
	}

	/** Why a person may not sign up; {@link #NONE} when they may. */
	enum Refusal {

		NONE, NOT_YOUR_GRADE, NOT_FOR_VOLUNTEERS, NOT_FOR_STUDENTS, STAFF, NOT_REGISTERED

	}

	boolean sees(Listing listing, boolean wholeSchool) {
		return switch (this.role) {
			case STUDENT -> own(listing) ? (wholeSchool || mayJoinAsStudent(listing)) : openToStudents(listing);
			case VOLUNTEER -> openToVolunteers(listing);
			case TEACHER, COORDINATOR -> this.organisationId.map(listing.organisationId()::equals).orElse(true);
			case NEWCOMER -> false;
		};
	}

	Refusal refusal(Listing listing) {
		return switch (this.role) {
			case STUDENT -> {
				if (own(listing) ? mayJoinAsStudent(listing) : openToStudents(listing)) {
					yield Refusal.NONE;
				}
				yield listing.audience().grades().isEmpty() ? Refusal.NOT_FOR_STUDENTS : Refusal.NOT_YOUR_GRADE;
			}
			case VOLUNTEER -> openToVolunteers(listing) ? Refusal.NONE : Refusal.NOT_FOR_VOLUNTEERS;
			case TEACHER, COORDINATOR -> Refusal.STAFF;
			case NEWCOMER -> Refusal.NOT_REGISTERED;
		};
	}

	private boolean own(Listing listing) {
		return this.organisationId.map(listing.organisationId()::equals).orElse(true);
	}

	private boolean mayJoinAsStudent(Listing listing) {
		if (listing.openToAll()) {
			return true;
		}
		if (listing.audience().grades().isEmpty()) {
			return listing.audience().categories().contains(Category.STUDENTS);
		}
		return this.schoolClass.map((c) -> listing.audience().includesGrade(c.grade())).orElse(false);
	}

	private static boolean openToStudents(Listing listing) {
		return listing.audience().grades().isEmpty() && listing.audience().categories().contains(Category.STUDENTS);
	}

	private static boolean openToVolunteers(Listing listing) {
		return listing.openToAll() || listing.audience().categories().contains(Category.VOLUNTEERS);
	}

}
