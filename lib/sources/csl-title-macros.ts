/**
 * The CSL macros both of Scholia's styles use for titles: whole works (books, datasets)
 * in italics, parts of a container (articles, pages) in quotation marks.
 */
export const CSL_TITLE_MACROS = `  <macro name="title">
    <choose>
      <if type="book dataset" match="any">
        <text variable="title" text-case="title" font-style="italic"/>
      </if>
      <else-if variable="container-title">
        <text variable="title" text-case="title" quotes="true"/>
      </else-if>
      <else-if type="article-journal webpage manuscript" match="any">
        <text variable="title" text-case="title" quotes="true"/>
      </else-if>
      <else>
        <text variable="title" text-case="title" font-style="italic"/>
      </else>
    </choose>
  </macro>
  <macro name="title-short">
    <choose>
      <if type="book dataset" match="any">
        <text variable="title" form="short" text-case="title" font-style="italic"/>
      </if>
      <else>
        <text variable="title" form="short" text-case="title" quotes="true"/>
      </else>
    </choose>
  </macro>`;
