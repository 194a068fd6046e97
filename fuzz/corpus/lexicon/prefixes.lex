@lang any
terribl* -3
terrible* -3.5
żółt* 0.5
abć* 1
abÄ* 2
