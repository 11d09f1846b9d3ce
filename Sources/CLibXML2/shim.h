#ifndef QUIRE_CLIBXML2_SHIM_H
#define QUIRE_CLIBXML2_SHIM_H
// libxml2 pulls in ICU headers that clash with Foundation's own copy; we never
// need libxml2's ICU encoders (all our text is UTF-8), so switch them off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
// inputPush and xmlSwitchToEncoding: SafeHTMLParser reads the caller's bytes in place.
#include <libxml/parserInternals.h>

// xmlFree is a global function pointer, which Swift 6 will not read unsynchronised.
static inline void quire_xmlFree(void *pointer) { xmlFree(pointer); }
#endif
