## Języki, w których można napisać lub nagrać wniosek, oraz tłumaczenie pokazywane obok wniosku.

bid-language-en = angielski
bid-language-bfi = brytyjski język migowy (BSL)
bid-language-ur = urdu
bid-language-pl = polski
bid-language-pa = pendżabski
bid-language-bn = bengalski
bid-language-gu = gudżarati
bid-language-ar = arabski
bid-language-so = somalijski
bid-language-ro = rumuński
bid-language-pt = portugalski
bid-language-es = hiszpański
bid-language-ta = tamilski
bid-language-tr = turecki
bid-language-zh = chiński
bid-language-ku = kurdyjski
bid-language-fa = perski (farsi)
bid-language-ps = paszto
bid-language-ti = tigrinia
bid-language-cy = walijski
bid-language-other = inny język
bid-language-error-choose = Wybierz język, w którym jest wniosek
what-bid-language-other = nazwę języka
what-bid-translation = tłumaczenie na angielski
