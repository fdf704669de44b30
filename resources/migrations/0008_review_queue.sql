-- The supervisors' review queue (core/supervision/reviewqueue.h): the reviews table of 0001 gains what a
-- queue needs. One review per message (a message sampled twice, or sampled then flagged, stays one row).
--   source        'sample' (picked by the per-operator / per-client daily sample) or 'flagged'
--   day           the local day (YYYY-MM-DD) the message was sampled for
--   status        'pending' until a supervisor submits it, then 'done'
--   auto_score    the completeness score 0-100 computed when queued; auto_reasons its reasons (JSON)
--   rubric        the supervisor's score per rubric criterion (JSON); score keeps their total in %
--   comment_seen_at when the operator was shown the comment (NULL: still to show at their next session)

ALTER TABLE reviews ADD COLUMN operator_login TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN client_code TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN day TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN source TEXT NOT NULL DEFAULT 'sample';
ALTER TABLE reviews ADD COLUMN flagged_by TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN flag_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN status TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE reviews ADD COLUMN auto_score INTEGER;
ALTER TABLE reviews ADD COLUMN auto_reasons TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reviews ADD COLUMN rubric TEXT NOT NULL DEFAULT '{}';
ALTER TABLE reviews ADD COLUMN reviewed_at BIGINT;
ALTER TABLE reviews ADD COLUMN comment_seen_at BIGINT;
CREATE UNIQUE INDEX reviews_message_unique ON reviews (message_id);
CREATE INDEX reviews_status_created ON reviews (status, created_at);
CREATE INDEX reviews_operator_comment ON reviews (operator_login, comment_seen_at);
