<?xml version="1.0" encoding="UTF-8"?>
<!-- Checks DocBook XSL's rendering of block quotes: every <attribution> of the DocBook
     source (param `source`) must show up inside a rendered block quote or epigraph.
     Prints one FAIL line per problem and nothing when all is well. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:db="http://docbook.org/ns/docbook" xmlns:h="http://www.w3.org/1999/xhtml">
  <xsl:output method="text"/>
  <xsl:param name="source"/>

  <xsl:template match="/">
    <xsl:variable name="quotes" select="//h:div[@class = 'blockquote' or @class = 'epigraph']"/>
    <!-- The attribution text each rendered quote shows (its own, not a nested quote's). -->
    <xsl:variable name="rendered">
      <xsl:for-each select="$quotes">
        <xsl:variable name="depth" select="count(ancestor-or-self::h:div[@class = 'blockquote' or @class = 'epigraph'])"/>
        <xsl:for-each select=".//*[contains(concat(' ', @class, ' '), ' attribution ')]
                                  [count(ancestor::h:div[@class = 'blockquote' or @class = 'epigraph']) = $depth]
                                  [not(ancestor::*[contains(concat(' ', @class, ' '), ' attribution ')])]">
          <xsl:text>|</xsl:text>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:text>|</xsl:text>
    </xsl:variable>
    <xsl:if test="not(document($source)/db:*)">
      <xsl:text>FAIL: cannot read the DocBook source '</xsl:text>
      <xsl:value-of select="$source"/>
      <xsl:text>'&#10;</xsl:text>
    </xsl:if>
    <xsl:for-each select="document($source)//db:attribution">
      <xsl:variable name="first" select="normalize-space((node()[not(self::db:citation)])[1])"/>
      <xsl:variable name="name">
        <xsl:choose>
          <xsl:when test="$first != ''"><xsl:value-of select="$first"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space(.//db:citetitle)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:if test="not(contains($rendered, $name))">
        <xsl:text>FAIL: the attribution '</xsl:text>
        <xsl:value-of select="$name"/>
        <xsl:text>' is not shown in any rendered block quote&#10;</xsl:text>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
