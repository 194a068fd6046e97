@lang en
good 1.5
\#fail -2
