@lang en
[settings]
booster_decay = 1 0.9
