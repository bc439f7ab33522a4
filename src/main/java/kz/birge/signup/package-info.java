/**
 * Sign-ups: seats, the waitlist and its order, kept seat counters.
 */
package kz.birge.signup;
