@lang xx
[settings]
negation_scalar = -0.6
negated_negative_scalar = -0.25
negation_window = 5
double_negation = flip
contrast_before = 0.25
contrast_after = 2
caps_boost = .5
booster_decay = 1.0 0.5 0.25
elongation_boost = 0.1
exclaim_boost = 0.2
exclaim_max = 0
question_boost = 0.3
question_many = 1
threshold_pos = 0.1
threshold_neg = -0.1
alpha = 1000
