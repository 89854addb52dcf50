// libpq, PostgreSQL's own client library (Debian's libpq-dev): the same URI parsing, peer and
// password authentication, sslmode, COPY and LISTEN/NOTIFY as psql.
#include <postgresql/libpq-fe.h>
