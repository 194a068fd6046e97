# Test fixture: a per-brand overlay for a product called "War Zone".
@lang any
war zone   0
war        0
