package io.sitrep.extraction.lexicon;

/** Classes of context words that rules look for around a trigger; listed per language in cues.tsv. */
public enum CueClass {
  /** troops, forces, soldiers: what is deployed or withdrawn. */
  FORCES,
  /** fighter jets, warplanes: an air platform. */
  AIRCRAFT,
  HELICOPTER,
  DRONE,
  /** withdrawal, pull-out, timetable for the presence of forces, end of mission: what talks must be about. */
  WITHDRAWAL_TOPIC,
  /** military, security, prisoners, ceasefire: what makes an agreement a security matter. */
  SECURITY_TOPIC,
  /** a town, village, base, airport ...: what can be captured or stormed. */
  PLACE_NOUN,
  /** this, that, the same: a trigger after it refers back to an event already stated. */
  ANAPHOR,
  /** in, at, near, في, قرب: a place name after it is a location. */
  LOCATIVE,
  /** by, من قبل, على يد: the agent of a passive follows. */
  PASSIVE_AGENT,
  /** were, was, are, تعرض: the trigger's subject is the target. */
  PASSIVE_MARKER,
  /** on, against, targeting, ضد, على: a target follows. */
  TARGET_MARKER,
  /** today, now, اليوم, الآن: the event is on the publication day. */
  TODAY,
  /** but, while, لكن: a clause boundary. */
  CLAUSE_BREAK,
  /** after, since, بعد: ties one act to another in time, so a date beyond it belongs to the other act. */
  TEMPORAL_LINK,
  /** killed, dead, injured ... without a number: casualties mentioned. */
  CASUALTIES,
  /** said, announced, أكد, أعلن: a reporting verb, whose subject is a source rather than the agent. */
  REPORTING,
  /** with, مع: introduces the other party of talks or agreements. */
  PARTNER,
  /** launched, carried out, شن, نفذ: a verb whose subject is the agent of the event noun it governs. */
  LAUNCH,
  /** and, or, و: joins coordinated place names ("in Iraq and Syria"). */
  CONJUNCTION,
  /** from, من: a place after it is where something comes from, a location only for withdrawals. */
  ORIGIN,
  /** about, regarding, بشأن, حول: a place after it is what talks or agreements are about. */
  TOPIC_MARKER,
  /** by, with, using, بواسطة: an air platform after it delivered the strike. */
  INSTRUMENT,
  /** backed by, allied to, المدعومة من: the actor after it supports the agent and is not the agent. */
  SUPPORT_MARKER,
  /** protocol, accord, process, اتفاق, مؤتمر: a place next to it names a document or meeting ("Minsk Protocol"). */
  NAMED_AFTER,
  /** northern, south-east, شمال: a direction word that may stand before a place name. */
  DIRECTION,
  /** observatory, health ministry, medics, witnesses, news agency, مصدر طبي: an actor it qualifies reports, never acts. */
  SOURCE,
  /** it, its forces, we, إنه, قواته, تنفيذ: in a reported clause, the act or loss is the reporting subject's own. */
  SELF_REFERENCE,
  /** raid, bombing, قصف: a trigger word that names an air strike when its sentence says the act came from the air. */
  AIR_CAPABLE,
  /** rockets, missiles, shells, artillery, صواريخ, مدفعية: a munition fired from the ground or sea, as an instrument. */
  PROJECTILE,
  /** collapsed, violated, breach, انهيار, خرق: a ceasefire next to it is no longer in force. */
  BREAKDOWN,
  /** overnight, during the night, ليلا: the act took place in the night, before a day named as the day it was told. */
  OVERNIGHT
}
