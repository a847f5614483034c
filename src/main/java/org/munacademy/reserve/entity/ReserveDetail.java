package org.munacademy.reserve.entity;

import java.util.List;

/** One reserve with its rules and its commission; {@code member} says whether the caller sits on it. */
public record ReserveDetail(ReserveRow reserve, List<MemberRow> commission, boolean member) {
}
