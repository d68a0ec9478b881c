"""Pure edit builders: each takes a state and arguments and returns a ChangeSet.

They validate user input (raising EditError with a clear message) and compute
every record an edit touches, dependents included, without changing the state.
The editor facade in `document` and the command line both use them.
"""
