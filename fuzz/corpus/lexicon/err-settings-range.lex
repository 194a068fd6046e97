@lang en
[settings]
negation_window = 11
