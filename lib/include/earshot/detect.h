/*
 * detect.h — alert detectors over one aggregator's windows (window.h).
 *
 * Four detectors, each with minimum volume, warm-up, hysteresis and cooldown:
 *
 *   sentiment_drop   the mean compound of the window fell below the baseline's
 *                    (the last 24 h without the window) by at least
 *                    max(threshold, k·σ_baseline/√n) — a z-test on the mean,
 *                    so a handful of angry posts in a quiet hour is not a drop
 *   negative_share   neg/scored of the window ≥ threshold (ElastAlert's
 *                    percentage_match with a minimum denominator)
 *   volume_spike     mentions in the window ≥ threshold × the expected count
 *                    (baseline rate × window length) and ≥ expected + k·√expected
 *   flatline         no mention in the window while the baseline expects at
 *                    least `threshold` of them (a source or brand went silent)
 *
 * An alert resolves when its measure falls back past clear × threshold
 * (hysteresis: clear < 1), or, for flatline, when a mention arrives. After
 * resolving, it does not fire again for cooldown_ms. The clock is the
 * aggregator's.
 */
#ifndef EARSHOT_DETECT_H
#define EARSHOT_DETECT_H

#include <stdint.h>

#include "window.h"

enum es_alert_type {
	ES_ALERT_SENTIMENT_DROP = 0,
	ES_ALERT_NEGATIVE_SHARE,
	ES_ALERT_VOLUME_SPIKE,
	ES_ALERT_FLATLINE,
	ES_ALERT_TYPE_COUNT
};

enum es_alert_state { ES_ALERT_RESOLVED = 0, ES_ALERT_FIRING = 1 };

struct es_detector_cfg {
	enum es_alert_type type;
	enum es_window window;  /* the window judged (shorter than 24h) */
	uint32_t min_mentions;  /* in the window, to fire (not for flatline) */
	uint32_t min_baseline;  /* mentions in the baseline, to fire */
	uint64_t warmup_ms;     /* since the aggregator started, to fire */
	double threshold;       /* see above, per type */
	double k;               /* σ multiplier (drop, spike); 0 disables the σ term */
	double clear;           /* hysteresis factor in (0, 1] */
	uint64_t cooldown_ms;   /* after resolving, quiet time before firing again */
};

struct es_detector_state {
	uint8_t firing;
	uint64_t fired_ms;
	uint64_t resolved_ms;
};

struct es_alert {
	enum es_alert_type type;
	enum es_window window;
	enum es_alert_state state;
	double value;     /* drop: window mean; share: neg share; spike/flatline: count */
	double baseline;  /* drop: baseline mean; share: baseline share; spike/flatline: expected count */
	double threshold; /* the level that fired: drop: baseline − max drop; share; spike: count */
	uint32_t n;       /* mentions in the window */
	uint64_t at_ms;
};

const char *es_alert_type_name(enum es_alert_type t); /* "sentiment_drop", … */
int es_alert_type_parse(const char *name, enum es_alert_type *out); /* 0 or -EINVAL */

/* The defaults of a detector type (documented in docs/alerts.md). */
void es_detector_defaults(enum es_alert_type t, struct es_detector_cfg *cfg);

/* Check a configuration; returns 0 or -EINVAL with a reason in *why. */
int es_detector_check(const struct es_detector_cfg *cfg, const char **why);

/*
 * Evaluate at the aggregator's current time. Returns 1 and fills *out when the
 * state changed (fired or resolved), 0 when it did not.
 */
int es_detector_eval(const struct es_detector_cfg *cfg, struct es_detector_state *st,
                     const struct es_agg *a, struct es_alert *out);

#endif
