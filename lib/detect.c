/*
 * detect.c — the alert detectors (detect.h): state machines over an
 * aggregator's windows.
 *
 * Each evaluation computes the detector's measure on the judged window and on
 * the baseline — the 24-hour window without the judged one, i.e. the trailing
 * history — then moves a two-state machine (resolved ⇄ firing):
 *
 *   resolved → firing   when warm (time and baseline volume), out of
 *                       cooldown, the window has enough mentions, and the
 *                       measure crosses the threshold;
 *   firing → resolved   when the measure falls back past clear × threshold
 *                       (hysteresis), or the window has emptied (nothing left
 *                       to alert on; flatline resolves on any mention).
 *
 * The baseline of a young aggregator covers only the time it has run, and the
 * expected counts are scaled to that span.
 */
#include <errno.h>
#include <math.h>
#include <string.h>

#include "earshot/detect.h"

#define MS_24H 86400000ULL

static const char *const type_names[ES_ALERT_TYPE_COUNT] = {
	"sentiment_drop", "negative_share", "volume_spike", "flatline"};

const char *es_alert_type_name(enum es_alert_type t)
{
	return (unsigned)t < ES_ALERT_TYPE_COUNT ? type_names[t] : "?";
}

int es_alert_type_parse(const char *name, enum es_alert_type *out)
{
	for (int t = 0; t < ES_ALERT_TYPE_COUNT; t++)
		if (strcmp(name, type_names[t]) == 0) {
			*out = (enum es_alert_type)t;
			return 0;
		}
	return -EINVAL;
}

void es_detector_defaults(enum es_alert_type t, struct es_detector_cfg *c)
{
	memset(c, 0, sizeof *c);
	c->type = t;
	c->window = ES_WIN_15M;
	c->warmup_ms = 3600000;   /* an hour of history before judging */
	c->cooldown_ms = 1800000; /* 30 minutes between alerts of one kind */
	c->clear = 0.5;
	switch (t) {
	case ES_ALERT_SENTIMENT_DROP:
		c->min_mentions = 20;
		c->min_baseline = 100;
		c->threshold = 0.25; /* mean compound 0.25 below the baseline's */
		c->k = 3.0;
		break;
	case ES_ALERT_NEGATIVE_SHARE:
		c->min_mentions = 20;
		c->warmup_ms = 900000;
		c->threshold = 0.5; /* half of the scored mentions negative */
		c->clear = 0.8;
		break;
	case ES_ALERT_VOLUME_SPIKE:
		c->window = ES_WIN_5M;
		c->min_mentions = 20;
		c->min_baseline = 50;
		c->threshold = 3.0; /* three times the expected count */
		c->k = 4.0;
		break;
	case ES_ALERT_FLATLINE:
		c->min_baseline = 50;
		c->threshold = 5.0; /* silence when at least 5 mentions were expected */
		c->clear = 1.0;
		c->cooldown_ms = 900000;
		break;
	default:
		break;
	}
}

int es_detector_check(const struct es_detector_cfg *c, const char **why)
{
	const char *w = NULL;
	if ((unsigned)c->type >= ES_ALERT_TYPE_COUNT)
		w = "unknown alert type";
	else if ((unsigned)c->window >= ES_WIN_24H)
		w = "window must be 1m, 5m, 15m or 1h (the baseline is the last 24h)";
	else if (!(c->threshold > 0) || !isfinite(c->threshold))
		w = "threshold must be a positive number";
	else if (c->type == ES_ALERT_NEGATIVE_SHARE && c->threshold > 1)
		w = "negative_share threshold is a share in (0, 1]";
	else if (c->type == ES_ALERT_SENTIMENT_DROP && c->threshold > 2)
		w = "sentiment_drop threshold is a drop of the mean compound in (0, 2]";
	else if (!(c->clear > 0 && c->clear <= 1))
		w = "clear (hysteresis) must be in (0, 1]";
	else if (!(c->k >= 0) || !isfinite(c->k))
		w = "k must be >= 0";
	if (why)
		*why = w;
	return w ? -EINVAL : 0;
}

/* How long the baseline covers, in ms (0: no baseline yet). */
static uint64_t baseline_span(const struct es_agg *a, enum es_window w)
{
	uint64_t span = es_agg_observed(a, MS_24H); /* outages are not quiet time */
	uint64_t wl = es_window_ms(w);
	return span > wl ? span - wl : 0;
}

int es_detector_eval(const struct es_detector_cfg *c, struct es_detector_state *st,
                     const struct es_agg *a, struct es_alert *out)
{
	uint64_t now = es_agg_now(a);
	struct es_counts cur = *es_agg_window(a, c->window);
	struct es_counts base = *es_agg_window(a, ES_WIN_24H);
	es_counts_sub(&base, &cur);
	uint64_t span = baseline_span(a, c->window);
	uint32_t n = c->type == ES_ALERT_SENTIMENT_DROP || c->type == ES_ALERT_NEGATIVE_SHARE
	                     ? es_counts_scored(&cur)
	                     : cur.n;
	uint32_t n_base = c->type == ES_ALERT_SENTIMENT_DROP ? es_counts_scored(&base) : base.n;

	double value = 0, baseline = 0, level = 0;
	int over = 0, cleared = 0;
	switch (c->type) {
	case ES_ALERT_SENTIMENT_DROP: {
		value = es_counts_mean(&cur);
		baseline = es_counts_mean(&base);
		double need = c->threshold;
		if (c->k > 0 && n > 0) {
			double z = c->k * es_counts_stddev(&base) / sqrt((double)n);
			if (z > need)
				need = z;
		}
		level = baseline - need;
		double drop = baseline - value;
		over = drop >= need;
		cleared = drop < c->clear * need;
		break;
	}
	case ES_ALERT_NEGATIVE_SHARE:
		value = es_counts_neg_share(&cur);
		baseline = es_counts_neg_share(&base);
		level = c->threshold;
		over = value >= c->threshold;
		cleared = value < c->clear * c->threshold;
		break;
	case ES_ALERT_VOLUME_SPIKE: {
		value = cur.n;
		baseline = span ? (double)base.n * (double)es_window_ms(c->window) / (double)span : 0;
		double need = c->threshold * baseline;
		if (c->k > 0 && baseline + c->k * sqrt(baseline) > need)
			need = baseline + c->k * sqrt(baseline);
		level = need;
		over = span > 0 && value >= need;
		cleared = value < c->clear * need;
		break;
	}
	case ES_ALERT_FLATLINE:
		value = cur.n;
		baseline = span ? (double)base.n * (double)es_window_ms(c->window) / (double)span : 0;
		level = c->threshold;
		over = cur.n == 0 && baseline >= c->threshold;
		cleared = cur.n > 0;
		break;
	default:
		return 0;
	}

	int change = 0;
	if (!st->firing) {
		int warm = now - es_agg_started(a) >= c->warmup_ms && n_base >= c->min_baseline;
		int quiet = st->resolved_ms == 0 || now >= st->resolved_ms + c->cooldown_ms;
		int volume = c->type == ES_ALERT_FLATLINE || n >= c->min_mentions;
		if (warm && quiet && volume && over) {
			st->firing = 1;
			st->fired_ms = now;
			change = 1;
		}
	} else if (cleared || (c->type != ES_ALERT_FLATLINE && n == 0)) {
		st->firing = 0;
		st->resolved_ms = now;
		change = 1;
	}
	if (!change)
		return 0;
	out->type = c->type;
	out->window = c->window;
	out->state = st->firing ? ES_ALERT_FIRING : ES_ALERT_RESOLVED;
	out->value = value;
	out->baseline = baseline;
	out->threshold = level;
	out->n = cur.n;
	out->at_ms = now;
	return 1;
}
