@lang any
war zone 0
war 0
