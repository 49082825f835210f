<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AtlasFeatures</name>
    <message>
        <source>Cannot read the atlas layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layer named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its coordinate system is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its coordinates cannot be transformed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasemapLayer</name>
    <message>
        <source>Unknown basemap preset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap %1 has no tile address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasemapSource</name>
    <message>
        <source>OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan IGN (Géoplateforme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WMTS service has no layer &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WMTS layer &quot;%1&quot; has no Web Mercator tile matrix set%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile matrix identifiers of %1 are not zoom levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WMTS service gives no GetTile address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasemapTilePacker</name>
    <message>
        <source>no area or zoom levels to pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap tiles: zoom %1, %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Computing coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay %1 is not on the network usable with %2 (more than %3 m away, or only on ways that break it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nearest disabled bay %2 m away on compliant paths (more than %3 m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no disabled bay reachable on compliant paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no way usable with %2 within %3 m of the place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrsCheck</name>
    <message>
        <source>the chosen CRS &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinate reference system declared; WGS 84 assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinate reference system declared and the coordinates do not look like degrees; choose the CRS of the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinate reference system declared and the coordinates are not degrees; is the layer in %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates out of range for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates out of range for %1 — is the layer in %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coordinates look like degrees but the layer declares %1 — is the layer in WGS 84 (EPSG:4326)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemSampler</name>
    <message>
        <source>Cannot read the elevation model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no raster band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no usable georeferencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its CRS cannot be reached from WGS 84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a raster GDAL can read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdgeRules</name>
    <message>
        <source>way %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (way %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramp slope unknown on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope unknown on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope tagged steep, with no value, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope of %1 % over the %2 % limit on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-fall unknown on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-fall of %1 % over the %2 % limit on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width unknown on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width of %1 m under the %2 m minimum on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the crossing of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kerb height unknown %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kerb of %1 cm over the %2 cm limit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised or rolled kerb (over %1 cm) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surface unknown on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surface &quot;%1&quot; is not firm and smooth on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited accessibility (wheelchair=limited) on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accessible to wheelchairs (wheelchair=no) on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a barrier a wheelchair cannot pass on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidewalk unknown along %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sidewalk along %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a barrier, obstacle or street furniture stands on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the way narrows to %1 m (width:minimum, est_width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cars park along the sidewalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width of %1 m under the %2 m minimum on %3: the %4 m allowance where nothing narrows the way does not apply (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kerb of %1 cm over the %2 cm limit %3 (%4 cm only if chamfered, not tagged so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chamfered kerb of %1 cm over the %2 cm limit for chamfered kerbs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chamfered kerb of %1 cm accepted under the %2 cm limit for chamfered kerbs (%3 cm otherwise) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width of %1 m accepted under the %2 m minimum where nothing narrows the way (%3 m otherwise) on %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseScenario</name>
    <message>
        <source>Cannot save the exercise in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise — replay of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; in the gauge curve: expected minutes=value, such as 60=1.65.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gauge curve is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation cache %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reset the exercise in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise (trainer events)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Map exported to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Map exported to %1 (%n page).</numerusform>
            <numerusform>Map exported to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>Export map as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GaugeLayer</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigilance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height observed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow observed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend (last hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigilance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauge altitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gauges</name>
    <message>
        <source>%1: %2 crossed &quot;%3&quot; (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, back below &quot;%3&quot; (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigilance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GaugesUi</name>
    <message>
        <source>The project has no gauge station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauge station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gauge stations will be listed again when Hub&apos;Eau answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauge alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydrograph of a gauge on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a river gauge to open its hydrograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No river gauge there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydrograph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauge thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh live feeds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GdalSource</name>
    <message>
        <source>the index file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes, a shapefile header alone is 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not readable (permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a format GDAL can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 driver could not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt or unreadable GeoPackage (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no vector layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphBuilder</name>
    <message>
        <source>The graph build was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding junctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutting ways into edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No walkable way was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling the elevation model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubEau</name>
    <message>
        <source>Station %1: x/y given in an unknown projection (%2), not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: longitude and latitude were swapped in the source; corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: longitude/latitude disagree with the Lambert-93 x/y; the position from x/y is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: position unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: altitude %2 is implausible in metres; read as millimetres: %3 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: altitude %2 is implausible and ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no station list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubEauFeed</name>
    <message>
        <source>Hub&apos;Eau river gauges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer holds no observation (empty &quot;data&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub&apos;Eau gauge stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer lists no station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerPropertiesDialog</name>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerRegistry</name>
    <message>
        <source>Layer &quot;%1&quot;: unknown layer type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerTypes</name>
    <message>
        <source>Cannot open %1: it holds no layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutItem</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutPainter</name>
    <message>
        <source>Coordinate system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate system: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live data observed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live data observed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutStore</name>
    <message>
        <source>A layout of project %1 was skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Territoire projects (*.territoire)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>the layer failed to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid map view settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendering cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <source>%1 needs the network and Territoire is offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationCache</name>
    <message>
        <source>Observation cache %1 was unreadable (%2); it was moved to %3 and a new empty cache was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the observation cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation cache %1 is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the observation cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflinePack</name>
    <message>
        <source>Cannot open the pack %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a GeoPackage (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or truncated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a GeoPackage (SQLite application id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a GeoPackage but not a Territoire offline pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack format %1 is not supported by this version of Territoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the pack %1: the embedded file %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot extract %1 from the pack %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the pack %1: its project is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsmGraphReader</name>
    <message>
        <source>Disabled bay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading OpenStreetMap data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build a network from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackArea</name>
    <message>
        <source>project extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; is neither a layer of the project nor xmin,ymin,xmax,ymax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the area layer %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area layer %1 has no polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polygons of the area layer %1 cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area layer %1 cannot be converted to the map CRS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackWriter</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 left out: cannot open %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 left out: %2 has no layer %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pack layer %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pack raster %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster %1: overviews not built (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap %1 already comes from a pack; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pack basemap %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap %1: %2 tiles of %3 were neither cached nor available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded feed history: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire style of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing the recorded feed history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the file cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSetupEditor</name>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parking</name>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination is not a valid position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No walking network is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking feed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer holds no parking status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMR parking bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read zones (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside every zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest free PMR bay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PMR · %2 free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PMR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMR places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates %1, %2 are out of the degree range (metres in degree columns?); row not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates %1, %2 are neither degrees nor %3 inside the expected area; row not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates %1, %2 read as %3 metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude and latitude were swapped (%1, %2); corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates probably swapped (longitude %1, latitude %2 lies outside the expected area); row not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1, %2 lies outside the expected area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DATEX II document (root element %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status record without an identifier was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DATEX II document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed XML at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown inventory format &quot;%2&quot; (expected ogr, osm or datex2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open as a vector source (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no layer &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no identifier column (%2); rows are numbered instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the filter column %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: identifier already used by row %2; both rows get the same real-time status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PMR place count &quot;%2&quot; unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: decimal comma in the coordinate columns; the schema asks for a decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no coordinates; kept in the table, not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no geometry; kept in the table, not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record without an identifier was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 has no vacant count; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ParkAPI answer (no &quot;items&quot; list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Opendatasoft answer (no &quot;records&quot; list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Strasbourg status answer (no &quot;s&quot; list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an NGSI entity list (a JSON array was expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Basel car park list (a JSON array was expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; without an identifier was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: no location; kept in the table, not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read as OpenStreetMap data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no recorded answer in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no usable URL or format; not polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>The atlas layer %1 has no feature to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1: the page size is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1: the resolution must be between 36 and 2400 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: the map frame has no valid scale or extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georeferencing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfGeoreference</name>
    <message>
        <source>Cannot georeference %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the file cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointSource</name>
    <message>
        <source>Cannot read points from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 has a CRS that cannot be turned into WGS 84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no located point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>A layout has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; has no map frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Routing profile &quot;%1&quot;: invalid value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown routing profile &quot;%1&quot; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>not a Territoire project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer Territoire (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown map CRS &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Accessible route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RasterLayer</name>
    <message>
        <source>Cannot open %1: it has no band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RasterWarp</name>
    <message>
        <source>Invalid map view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw %1: %2 bands, RGB(A) expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteAssembly</name>
    <message>
        <source>the route uses an elevator on way %1: check that it works</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteLayer</name>
    <message>
        <source>Cannot project the route to the map CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled bay coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable on compliant paths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteSearch</name>
    <message>
        <source>The start vertex is not in the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has a negative cost; no route was computed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>No pedestrian network is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no footway within %1 m of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route: the two points are on parts of the network that do not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vertex is not in the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingExport</name>
    <message>
        <source>the file cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style written by Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks the rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache file %1 is damaged (%2); it was set aside and will be rebuilt from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TmsCapabilities</name>
    <message>
        <source>Cannot read the TMS document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a TMS TileMapService document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a TMS TileMap document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tiles of &quot;%1&quot; are %2, not images (vector tiles are not supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the Web Mercator grid of 256-pixel tiles with its origin at the top left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 of &quot;%2&quot; is not a Web Mercator zoom level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the levels of &quot;%1&quot; have different addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no layer named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid filter &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown text encoding &quot;%2&quot;; detecting it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the rows again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transformation from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) without geometry, not drawn (ids %2)</source>
        <translation>
            <numerusform>%1: %n feature without geometry, not drawn (ids %2)</numerusform>
            <numerusform>%1: %n features without geometry, not drawn (ids %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n invalid geometry(ies), e.g. self-intersections, drawn as they are (ids %2)</source>
        <translation>
            <numerusform>%1: %n invalid geometry, e.g. self-intersections, drawn as they are (ids %2)</numerusform>
            <numerusform>%1: %n invalid geometries, e.g. self-intersections, drawn as they are (ids %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) with a polygon ring not closed; closed on loading (ids %2)</source>
        <translation>
            <numerusform>%1: %n feature with a polygon ring not closed; closed on loading (ids %2)</numerusform>
            <numerusform>%1: %n features with a polygon ring not closed; closed on loading (ids %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) with coordinates out of range for the layer CRS, not drawn (ids %2)</source>
        <translation>
            <numerusform>%1: %n feature with coordinates out of range for the layer CRS, not drawn (ids %2)</numerusform>
            <numerusform>%1: %n features with coordinates out of range for the layer CRS, not drawn (ids %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) with coordinates probably swapped (x and y), not drawn (ids %2)</source>
        <translation>
            <numerusform>%1: %n feature with coordinates probably swapped (x and y), not drawn (ids %2)</numerusform>
            <numerusform>%1: %n features with coordinates probably swapped (x and y), not drawn (ids %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) could not be reprojected to the map CRS (ids %2)</source>
        <translation>
            <numerusform>%1: %n feature could not be reprojected to the map CRS (ids %2)</numerusform>
            <numerusform>%1: %n features could not be reprojected to the map CRS (ids %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) write coordinates with a decimal comma (read as a decimal point)</source>
        <translation>
            <numerusform>%1: %n row write coordinates with a decimal comma (read as a decimal point)</numerusform>
            <numerusform>%1: %n rows write coordinates with a decimal comma (read as a decimal point)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: no layer &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorStyle</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vigicrues</name>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer holds no vigilance bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bulletin gives no vigilance level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VigicruesFeed</name>
    <message>
        <source>Vigicrues flood vigilance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigicrues reaches of the stations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WmtsCapabilities</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a WMTS capabilities document%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid XML (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap file (.osm or .osm.pbf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled bays: any point source GDAL reads, or an OSM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places to serve (town halls, schools...): points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking distance from each bay, metres (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevation model for slopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each disabled bay, the network reachable on compliant paths within a distance; the distance from destinations to the nearest bay; an audit of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage needs --osm, --bays and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--distance takes a positive number of metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no disabled parking bay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bays (%2 on the network), %3 m of compliant network within %4 m, profile %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit: %1 findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested CRS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data file, a PG: connection string or a .territoire project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describes every layer of a source or project: name, geometry type, feature count, CRS, extent, fields and warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: expected exactly one source or project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River gauges of a project: height, flow, trend, vigilance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the layers of a source or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a project or source into an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an offline pack (GeoPackage) of a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair route between two points on OSM data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant network around disabled bays, to GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMR parking bays of a project with their live status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free PMR bays nearest to a destination by path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a project&apos;s map layout to a vector PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: territoire-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run territoire-cli COMMAND --help for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image to write (PNG, JPEG or TIFF, by suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size in pixels, WIDTHxHEIGHT (default 1920x1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map CRS, e.g. EPSG:2154 (default: the project&apos;s, or Lambert-93).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output resolution in dots per inch (default 96).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws the layers of a project or source into an image, with their styles and labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: expected exactly one source or project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: --out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: cannot write &quot;%1&quot;: unknown image format &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: invalid --size &quot;%1&quot;, expected WIDTHxHEIGHT such as 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: invalid --dpi &quot;%1&quot;, expected a number between 10 and 2400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: invalid --extent &quot;%1&quot;, expected x1,y1,x2,y2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: invalid --crs &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: %1: no located feature to show; give --extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %1 m, duration: %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant with the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compliant route: this is the least bad route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start point, WGS 84.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lon,lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End point, WGS 84.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: norm-2007, manual-wheelchair, electric-wheelchair, walking-aid, pedestrian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevation model for slopes the OSM data does not give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project whose &quot;routing&quot; section adjusts the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest distance from a point to the network, metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a GeoJSON FeatureCollection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the best route a wheelchair can take between two points. Exit status 3 when no route meets the profile (the least bad one is printed, with what blocks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route needs --osm, --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take &quot;lon,lat&quot; in decimal degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--snap-distance takes a positive number of metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route meets the profile %1; blocked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Area to show, x1,y1,x2,y2 in map CRS units (default: the project&apos;s view, or all layers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf: the observation cache %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout of the project to use (default: a layout generated for the paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper: A4, A3, A2, A1 or A0 (default A4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait or landscape (default landscape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale denominator, e.g. 10000 for 1:10 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map centre x,y in the project&apos;s map CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x,y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area to fit, x1,y1,x2,y2 in the map CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution for rasters, 36 to 2400 (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per feature of this layer (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field giving each atlas page its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of a banner printed over every map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation cache of the live layers (default: the application&apos;s, when present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the live data as at this ISO 8601 instant, e.g. 2025-03-30T01:30:00Z (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .territoire project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the map of a project to a vector PDF with title, legend, scale bar, north arrow, sources and dates, georeferenced for GIS and PDF viewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --dpi &quot;%1&quot;, expected 36 to 2400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --paper &quot;%1&quot;, expected A4, A3, A2, A1 or A0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --orientation &quot;%1&quot;, expected portrait or landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --scale &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --center &quot;%1&quot;, expected x,y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --extent &quot;%1&quot;, expected x1,y1,x2,y2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --scale and --center, or --extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--atlas LAYER and --atlas-title FIELD go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --at &quot;%1&quot;, expected an ISO 8601 instant with its offset, e.g. 2025-03-30T01:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layer could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf: %1 has no layout named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--center needs --scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf: %1: nothing located to show; give --extent or --scale and --center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf: %1 has no layer &quot;%2&quot; for the atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hub&apos;Eau or Vigicrues answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vigilance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file (.territoire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll once, print and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per station and line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay recorded Hub&apos;Eau/Vigicrues answers (JSON files) from DIR instead of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation cache file (SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the state at this instant (ISO 8601); with --source the default is the newest recorded observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River gauges of a project: latest height, flow, trend, status and flood vigilance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gauges: --project FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gauges: --at needs an ISO 8601 instant with its offset, e.g. 2025-03-30T01:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no gauges layer with stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination, WGS 84 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LON,LAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing profile (norm-2007, manual-wheelchair, electric-wheelchair, walking-aid, pedestrian, or one of the project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bays to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedestrian network (OSM XML or PBF) instead of the project&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks the free PMR bays by the compliant walking path from each bay to a destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearest-bay: --project FILE and --to LON,LAT are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: expected LON,LAT in degrees, e.g. 6.8628,47.6379.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count: expected a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no pedestrian network (section &quot;parking&quot;, key &quot;routing&quot;.&quot;network&quot;, or --osm FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bay is known to be free now: without a fresh real-time status (see the project&apos;s parking feeds) a bay is unknown, never free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free bays; best %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m straight line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project (.territoire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack to write (.gpkg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area to keep: a polygon layer of the project (id or name) or xmin,ymin,xmax,ymax in the map CRS or in degrees. Default: the project extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer-or-extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the recorded period (ISO 8601, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the recorded period (ISO 8601, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap zoom levels to keep (default 10-16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min-max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded feed history (observation cache file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cached basemap tiles only; make no network request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an offline pack: one GeoPackage with the layers, basemap tiles, recorded feeds, routing data and the project, for use with no network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: territoire-cli pack PROJECT --out FILE.gpkg [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --basemap-zoom &quot;%1&quot;: expected MIN-MAX such as 10-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --basemap-zoom &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid time &quot;%1&quot;: expected ISO 8601 such as 2021-01-12T14:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  vector layers: %1, rasters: %2, basemap tiles: %3 (%4 missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  recorded observations: %1, embedded files: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  size before: %1, after: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no parking inventory (section &quot;parking&quot;, key &quot;sources&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not an ISO 8601 instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the recorded feed answers of a folder instead of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge statuses at this instant (ISO 8601, UTC) instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the PMR parking bays of a project with their live status (free, taken, unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parking: --project FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like longitude/latitude; the map CRS is %1 — give %2 in its units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates are in the map CRS, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extent %1,%2,%3,%4 is empty: give x1,y1,x2,y2 with x1 &lt; x2 and y1 &lt; y2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extent %1,%2,%3,%4 does not intersect any layer (they cover %5,%6,%7,%8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--center %1,%2 is outside every layer (they cover %3,%4,%5,%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily elaborated values (obs_elab) are not replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no stations and no observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known breach of the profile; %1 m could not be verified (missing data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elevation model %1 does not cover the whole route: slopes the OSM data does not give are unknown there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is not before --to %2: the recorded period would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: the observation cache %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Territoire, a desktop GIS for the Territoire de Belfort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once the map is drawn, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::BayTableModel</name>
    <message>
        <source>No usable coordinates: not drawn on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMR places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::ColorButton</name>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::CoordinateLabel</name>
    <message>
        <source>Coordinates under the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambert-93</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 m, %3 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WGS 84: lon %1°, lat %2°</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::ExportDialog</name>
    <message>
        <source>Export map as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG or PNG file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.svg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author or service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; saved in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::FeedEngine</name>
    <message>
        <source>timeout: no data for %1 s, showing cached data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect from https to http refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy authentication required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(retry %1 of %2 in %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::FeedPanel</name>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::HydrographWindow</name>
    <message>
        <source>Height (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow (m³/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydrograph — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::IdentifyDock</name>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the map with the identify tool to see a feature&apos;s attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature at this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) found.</source>
        <translation>
            <numerusform>%n feature found.</numerusform>
            <numerusform>%n features found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::LayerLoadMonitor</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::LayerPropertiesDialog</name>
    <message>
        <source>Layer properties — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as declared by the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this CRS instead of the source&apos;s own, e.g. EPSG:2154</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRS known for this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding of the attributes (shapefiles and CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible only between scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoomed out beyond (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoomed in beyond (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown coordinate reference system &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::LayerTreeModel</name>
    <message>
        <source>CRS: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop opening layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;PostGIS layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &amp;properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;CRS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom to rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identify features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language will be used when Territoire is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Territoire %1&lt;/h3&gt;&lt;p&gt;A desktop GIS for the Territoire de Belfort: layers from GDAL sources in Lambert-93, live river gauges and accessible parking bays, wheelchair routing, PDF maps and an offline mode.&lt;/p&gt;&lt;p&gt;Map data may include © OpenStreetMap contributors (ODbL), IGN Admin Express and Hub&apos;Eau.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate reference system of the map (for example EPSG:2154):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown coordinate reference system &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has unsaved changes. Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographic data (*.gpkg *.shp *.geojson *.json *.fgb *.csv *.osm *.pbf *.tif *.tiff *.gml *.kml *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no layer found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add PostGIS layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string, for example PG:host=localhost dbname=territoire user=gis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::MessagesDock</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::OfflineController</name>
    <message>
        <source>Open offline pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write offline pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network request of any kind leaves Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan IGN (Géoplateforme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a gauge value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a footway or street…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a bay taken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no network request leaves Territoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open offline pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline packs (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the pack %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline pack opened: replay of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a gauge value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (m):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a footway or street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap way id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a bay taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise reset to its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a gauge curve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a gauge curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heights (m) from now, as minutes=height separated by spaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise closed: live data, online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::PackDialog</name>
    <message>
        <source>Write offline pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline packs (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project extent, a polygon layer, or xmin,ymin,xmax,ymax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap zoom levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack written: %1 vector layers, %2 rasters, %3 basemap tiles, %4 observations.
Size before: %5, after: %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::PageSetupEditor</name>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::ParkingController</name>
    <message numerus="yes">
        <source>Parking inventories: %n row(s) with a problem (see the layer warnings).</source>
        <translation>
            <numerusform>Parking inventories: %n row with a problem (see the layer warnings).</numerusform>
            <numerusform>Parking inventories: %n rows with a problem (see the layer warnings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoire::ParkingDock</name>
    <message>
        <source>PMR parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones (2 % rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest free bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the parking inventories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the walking paths…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance from the destination, or from the map centre when no destination is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bays to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the destination on the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the button, then the place the visitor must reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No walking network: set &quot;routing&quot;.&quot;network&quot; in the project&apos;s parking section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the destination of the visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliant path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no compliant path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3 m walk (%4 m straight), %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bay is known to be free now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free bay can be reached from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n free bay(s) considered; updated when a status changes.</source>
        <translation>
            <numerusform>%n free bay considered; updated when a status changes.</numerusform>
            <numerusform>%n free bays considered; updated when a status changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bays: %2 free, %3 taken, %4 unknown. Newest status: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMR places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n car park(s) without a PMR count.</source>
        <translation>
            <numerusform>%n car park without a PMR count.</numerusform>
            <numerusform>%n car parks without a PMR count.</numerusform>
        </translation>
    </message>
    <message>
        <source>No zone layer: set &quot;zones&quot; in the project&apos;s parking section (communes or any polygon layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) below 2 % of PMR places (rounded up).</source>
        <translation>
            <numerusform>%n zone below 2 % of PMR places (rounded up).</numerusform>
            <numerusform>%n zones below 2 % of PMR places (rounded up).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry of this zone gives its total number of places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n car park(s) below 2 %.</source>
        <translation>
            <numerusform>%n car park below 2 %.</numerusform>
            <numerusform>%n car parks below 2 %.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoire::ProfileDialog</name>
    <message>
        <source>Limits of the profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest climbing slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest descending slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest kerb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrowest free width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest cross-fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm and smooth only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm, even if uneven (sett)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also loose (gravel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra cost, as a share of the length, for each rule that cannot be checked on a stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty for unknown data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest chamfered kerb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bevelled or rounded kerb (kerb=rolled, kerb:shape, kerb:chamfer) with a tagged height up to this passes. Unchecked: no allowance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrowest width where nothing narrows the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies where no barrier, obstacle, street furniture or parking narrows the way. Unchecked: no allowance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::RoutePanel</name>
    <message>
        <source>Accessible route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedestrian network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap file (.osm or .osm.pbf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap (*.osm *.pbf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSM data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: slopes from an elevation model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lon,lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network reachable on compliant paths from each disabled bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an OpenStreetMap file for the pedestrian network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 walkable ways, %2 edges, %3 disabled bays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slopes from the elevation model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tag values could not be read (treated as unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the point on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the start and the end as &quot;lon,lat&quot; or pick them on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m, about %2 min with %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route meets the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route meets the profile: this is the least bad one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>way %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;What prevents a compliant route:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule is met where the data says; the warnings list where the data is missing and the route took a penalty instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a pedestrian network first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network holds no disabled parking bay (amenity=parking_space with wheelchair=designated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of %1 bays within %2 m computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the coverage of %1 bays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance of the norm used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some stretches meet the norm only through its allowances (a chamfered kerb, a narrower width where nothing narrows the way): check them on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known breach of the profile; %1 m could not be verified (missing data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::ScaleWidget</name>
    <message>
        <source>Map scale: type a value such as 1:5000 and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::StyleEditor</name>
    <message>
        <source>Single symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorised by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated on a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one class per value (categorised) or equal intervals (graduated) from the layer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a colour to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text from field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halo colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halo width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::SublayerDialog</name>
    <message>
        <source>Choose layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds several layers. Choose the ones to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::ThresholdEditor</name>
    <message>
        <source>Gauge thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (H or Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (m or m³/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>territoire::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of the exercise, trainer events undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
