@lang en
terr* ible 1
