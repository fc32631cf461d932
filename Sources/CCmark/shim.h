// Debian's libcmark-dev installs cmark.h (and cmark_export.h, cmark_version.h)
// in /usr/include; pkg-config adds nothing else.
#include <cmark.h>
