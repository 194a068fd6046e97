@lang en
good 5
