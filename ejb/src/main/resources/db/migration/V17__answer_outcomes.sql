-- The answer's outcome in the vocabulary of reporting to a presidential administration: what was
-- done, apart from whether an answer was sent. SUPPORTED says whether measures were taken;
-- LEFT_UNANSWERED says on which legal ground. An oral answer stays what oral_answer_consent says.
alter table appeal add column answer_measures_taken boolean;
alter table appeal add column answer_unanswered_ground varchar(30);

-- A request granted was supported, and granting it was the measure.
update appeal set answer_outcome = 'SUPPORTED', answer_measures_taken = true where answer_outcome = 'SATISFIED';
update appeal set answer_outcome = 'NOT_SUPPORTED' where answer_outcome = 'REFUSED';
-- An oral answer at a reception explained; the consent recorded with it still marks it oral.
update appeal set answer_outcome = 'EXPLAINED' where answer_outcome = 'ANSWERED_ORALLY';
update appeal set answer_outcome = 'LEFT_UNANSWERED', answer_unanswered_ground = 'CORRESPONDENCE_ENDED'
    where answer_outcome = 'CORRESPONDENCE_ENDED';
