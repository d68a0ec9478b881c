"""The live workshop: a rating round served to the participants' phones on the local network.

`round` holds the round (what is rated, on which scales), checks each ballot and
aggregates them; `journal` keeps every acknowledged ballot on disk so that a kill
mid-round loses none; `results` turns a closed round into workshop ratings;
`server` is the WSGI application and `serving` runs it with waitress in a thread.
"""
