package kz.birge.catalog;

/** Who an activity is for, besides grade ranges. */
public enum Category {

	STUDENTS, VOLUNTEERS, STAFF, PARENTS, TEACHERS, OFFICIALS

}
