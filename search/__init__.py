"""Search across the coalition's content. Indexed fields are declared on the models
(``search_fields``); this app will hold the multilingual search API."""
