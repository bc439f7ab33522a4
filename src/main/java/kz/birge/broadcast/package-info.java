/**
 * /broadcast: a coordinator writes to a class, a grade, a fraction, the people signed up
 * for an activity, the volunteers, or everyone of their organisation, through the
 * outbound queue, one broadcast after another, with its progress shown in place.
 */
package kz.birge.broadcast;
