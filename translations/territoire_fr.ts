<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AtlasFeatures</name>
    <message>
        <source>Cannot read the atlas layer %1: %2</source>
        <translation>Impossible de lire la couche d’atlas %1 : %2</translation>
    </message>
    <message>
        <source>no layer named &quot;%1&quot;.</source>
        <translation>aucune couche nommée « %1 ».</translation>
    </message>
    <message>
        <source>no field named &quot;%1&quot;.</source>
        <translation>aucun champ nommé « %1 ».</translation>
    </message>
    <message>
        <source>its coordinate system is unknown.</source>
        <translation>son système de coordonnées est inconnu.</translation>
    </message>
    <message>
        <source>its coordinates cannot be transformed to %1.</source>
        <translation>ses coordonnées ne peuvent pas être transformées en %1.</translation>
    </message>
</context>
<context>
    <name>BasemapLayer</name>
    <message>
        <source>Unknown basemap preset %1.</source>
        <translation>Fond de carte %1 inconnu.</translation>
    </message>
    <message>
        <source>Basemap %1 has no tile address.</source>
        <translation>Le fond de carte %1 n’a pas d’adresse de tuiles.</translation>
    </message>
</context>
<context>
    <name>BasemapSource</name>
    <message>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <source>Plan IGN (Géoplateforme)</source>
        <translation>Plan IGN (Géoplateforme)</translation>
    </message>
    <message>
        <source>The WMTS service has no layer &quot;%1&quot;.</source>
        <translation>Le service WMTS n’a pas de couche « %1 ».</translation>
    </message>
    <message>
        <source>The WMTS layer &quot;%1&quot; has no Web Mercator tile matrix set%2.</source>
        <translation>La couche WMTS « %1 » n’a pas de jeu de matrices de tuiles Web Mercator%2.</translation>
    </message>
    <message>
        <source>The tile matrix identifiers of %1 are not zoom levels.</source>
        <translation>Les identifiants de matrices de tuiles de %1 ne sont pas des niveaux de zoom.</translation>
    </message>
    <message>
        <source>The WMTS service gives no GetTile address.</source>
        <translation>Le service WMTS ne donne pas d’adresse GetTile.</translation>
    </message>
</context>
<context>
    <name>BasemapTilePacker</name>
    <message>
        <source>no area or zoom levels to pack</source>
        <translation>aucune zone ni niveau de zoom à empaqueter</translation>
    </message>
    <message>
        <source>Basemap tiles: zoom %1, %2 of %3</source>
        <translation>Tuiles du fond de carte : zoom %1, %2 sur %3</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Computing coverage</source>
        <translation>Calcul de la desserte</translation>
    </message>
    <message>
        <source>Bay %1 is not on the network usable with %2 (more than %3 m away, or only on ways that break it).</source>
        <translation>La place %1 n’est pas sur le réseau praticable avec %2 (à plus de %3 m, ou seulement sur des voies non conformes).</translation>
    </message>
    <message>
        <source>%1: nearest disabled bay %2 m away on compliant paths (more than %3 m).</source>
        <translation>%1 : place PMR la plus proche à %2 m par des cheminements conformes (plus de %3 m).</translation>
    </message>
    <message>
        <source>%1: no disabled bay reachable on compliant paths.</source>
        <translation>%1 : aucune place PMR accessible par des cheminements conformes.</translation>
    </message>
    <message>
        <source>Auditing the network</source>
        <translation>Audit du réseau</translation>
    </message>
    <message>
        <source>%1: no way usable with %2 within %3 m of the place.</source>
        <translation>%1 : aucun cheminement praticable avec %2 à moins de %3 m du lieu.</translation>
    </message>
</context>
<context>
    <name>CrsCheck</name>
    <message>
        <source>the chosen CRS &quot;%1&quot; is unknown</source>
        <translation>le SCR choisi « %1 » est inconnu</translation>
    </message>
    <message>
        <source>no coordinate reference system declared; WGS 84 assumed</source>
        <translation>aucun système de coordonnées déclaré ; WGS 84 supposé</translation>
    </message>
    <message>
        <source>no coordinate reference system declared and the coordinates do not look like degrees; choose the CRS of the layer</source>
        <translation>aucun système de coordonnées déclaré et les coordonnées ne ressemblent pas à des degrés ; choisissez le SCR de la couche</translation>
    </message>
    <message>
        <source>no coordinate reference system declared and the coordinates are not degrees; is the layer in %1?</source>
        <translation>aucun système de coordonnées déclaré et les coordonnées ne sont pas des degrés ; la couche est-elle en %1 ?</translation>
    </message>
    <message>
        <source>coordinates out of range for %1</source>
        <translation>coordonnées hors limites pour %1</translation>
    </message>
    <message>
        <source>coordinates out of range for %1 — is the layer in %2?</source>
        <translation>coordonnées hors limites pour %1 — la couche est-elle en %2 ?</translation>
    </message>
    <message>
        <source>the coordinates look like degrees but the layer declares %1 — is the layer in WGS 84 (EPSG:4326)?</source>
        <translation>les coordonnées ressemblent à des degrés mais la couche déclare %1 — la couche est-elle en WGS 84 (EPSG:4326) ?</translation>
    </message>
</context>
<context>
    <name>DemSampler</name>
    <message>
        <source>Cannot read the elevation model %1: %2</source>
        <translation>Impossible de lire le modèle numérique de terrain %1 : %2</translation>
    </message>
    <message>
        <source>it has no raster band</source>
        <translation>il n’a pas de bande raster</translation>
    </message>
    <message>
        <source>it has no usable georeferencing</source>
        <translation>il n’a pas de géoréférencement utilisable</translation>
    </message>
    <message>
        <source>its CRS cannot be reached from WGS 84</source>
        <translation>son SCR n’est pas accessible depuis WGS 84</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>it is not a raster GDAL can read</source>
        <translation>ce n’est pas un raster lisible par GDAL</translation>
    </message>
</context>
<context>
    <name>EdgeRules</name>
    <message>
        <source>way %1</source>
        <translation>voie %1</translation>
    </message>
    <message>
        <source>%1 (way %2)</source>
        <translation>%1 (voie %2)</translation>
    </message>
    <message>
        <source>ramp slope unknown on %1</source>
        <translation>pente de la rampe inconnue sur %1</translation>
    </message>
    <message>
        <source>slope unknown on %1</source>
        <translation>pente inconnue sur %1</translation>
    </message>
    <message>
        <source>slope tagged steep, with no value, on %1</source>
        <translation>pente indiquée raide, sans valeur, sur %1</translation>
    </message>
    <message>
        <source>slope of %1 % over the %2 % limit on %3</source>
        <translation>pente de %1 % au-delà de la limite de %2 % sur %3</translation>
    </message>
    <message>
        <source>cross-fall unknown on %1</source>
        <translation>dévers inconnu sur %1</translation>
    </message>
    <message>
        <source>cross-fall of %1 % over the %2 % limit on %3</source>
        <translation>dévers de %1 % au-delà de la limite de %2 % sur %3</translation>
    </message>
    <message>
        <source>width unknown on %1</source>
        <translation>largeur inconnue sur %1</translation>
    </message>
    <message>
        <source>width of %1 m under the %2 m minimum on %3</source>
        <translation>largeur de %1 m sous le minimum de %2 m sur %3</translation>
    </message>
    <message>
        <source>at the crossing of %1</source>
        <translation>à la traversée de %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>kerb height unknown %1</source>
        <translation>hauteur de bordure inconnue %1</translation>
    </message>
    <message>
        <source>kerb of %1 cm over the %2 cm limit %3</source>
        <translation>bordure de %1 cm au-delà de la limite de %2 cm %3</translation>
    </message>
    <message>
        <source>raised or rolled kerb (over %1 cm) %2</source>
        <translation>bordure haute ou arrondie (plus de %1 cm) %2</translation>
    </message>
    <message>
        <source>%1 steps on %2</source>
        <translation>%1 marches sur %2</translation>
    </message>
    <message>
        <source>steps on %1</source>
        <translation>marches sur %1</translation>
    </message>
    <message>
        <source>surface unknown on %1</source>
        <translation>revêtement inconnu sur %1</translation>
    </message>
    <message>
        <source>surface &quot;%1&quot; is not firm and smooth on %2</source>
        <translation>le revêtement « %1 » n’est ni ferme ni lisse sur %2</translation>
    </message>
    <message>
        <source>rough</source>
        <translation>irrégulier</translation>
    </message>
    <message>
        <source>limited accessibility (wheelchair=limited) on %1</source>
        <translation>accessibilité limitée (wheelchair=limited) sur %1</translation>
    </message>
    <message>
        <source>not accessible to wheelchairs (wheelchair=no) on %1</source>
        <translation>inaccessible en fauteuil roulant (wheelchair=no) sur %1</translation>
    </message>
    <message>
        <source>a barrier a wheelchair cannot pass on %1</source>
        <translation>un obstacle infranchissable en fauteuil roulant sur %1</translation>
    </message>
    <message>
        <source>sidewalk unknown along %1</source>
        <translation>trottoir inconnu le long de %1</translation>
    </message>
    <message>
        <source>no sidewalk along %1</source>
        <translation>pas de trottoir le long de %1</translation>
    </message>
    <message>
        <source>a barrier, obstacle or street furniture stands on the way</source>
        <translation>une barrière, un obstacle ou du mobilier urbain se trouve sur le cheminement</translation>
    </message>
    <message>
        <source>the way narrows to %1 m (width:minimum, est_width)</source>
        <translation>le cheminement se rétrécit à %1 m (width:minimum, est_width)</translation>
    </message>
    <message>
        <source>cars park along the sidewalk</source>
        <translation>des voitures stationnent le long du trottoir</translation>
    </message>
    <message>
        <source>width of %1 m under the %2 m minimum on %3: the %4 m allowance where nothing narrows the way does not apply (%5)</source>
        <translation>largeur de %1 m sous le minimum de %2 m sur %3 : la tolérance de %4 m en l’absence de rétrécissement ne s’applique pas (%5)</translation>
    </message>
    <message>
        <source>kerb of %1 cm over the %2 cm limit %3 (%4 cm only if chamfered, not tagged so)</source>
        <translation>ressaut de %1 cm au-delà de la limite de %2 cm %3 (%4 cm seulement s’il est chanfreiné, ce qui n’est pas renseigné)</translation>
    </message>
    <message>
        <source>chamfered kerb of %1 cm over the %2 cm limit for chamfered kerbs %3</source>
        <translation>ressaut chanfreiné de %1 cm au-delà de la limite de %2 cm des ressauts chanfreinés %3</translation>
    </message>
    <message>
        <source>chamfered kerb of %1 cm accepted under the %2 cm limit for chamfered kerbs (%3 cm otherwise) %4</source>
        <translation>ressaut chanfreiné de %1 cm accepté sous la limite de %2 cm des ressauts chanfreinés (%3 cm sinon) %4</translation>
    </message>
    <message>
        <source>width of %1 m accepted under the %2 m minimum where nothing narrows the way (%3 m otherwise) on %4</source>
        <translation>largeur de %1 m acceptée au-dessus du minimum de %2 m en l’absence de rétrécissement (%3 m sinon) sur %4</translation>
    </message>
</context>
<context>
    <name>ExerciseScenario</name>
    <message>
        <source>Cannot save the exercise in %1: %2</source>
        <translation>Impossible d’enregistrer l’exercice dans %1 : %2</translation>
    </message>
    <message>
        <source>Exercise — replay of %1</source>
        <translation>Exercice — rejeu du %1</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; in the gauge curve: expected minutes=value, such as 60=1.65.</source>
        <translation>Impossible de lire « %1 » dans la courbe de hauteur : forme attendue minutes=valeur, par exemple 60=1.65.</translation>
    </message>
    <message>
        <source>The gauge curve is empty.</source>
        <translation>La courbe de hauteur est vide.</translation>
    </message>
    <message>
        <source>The observation cache %1 is not a file.</source>
        <translation>Le cache d’observations %1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot reset the exercise in %1: %2</source>
        <translation>Impossible de réinitialiser l’exercice dans %1 : %2</translation>
    </message>
    <message>
        <source>Exercise (trainer events)</source>
        <translation>Exercice (événements du formateur)</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>PDF export cancelled.</source>
        <translation>Export PDF annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Map exported to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Carte exportée dans %1 (%n page).</numerusform>
            <numerusform>Carte exportée dans %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>Export map as &amp;PDF…</source>
        <translation>Exporter la carte en &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation>Pas encore interrogé</translation>
    </message>
</context>
<context>
    <name>GaugeLayer</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Vigilance %1</source>
        <translation>Vigilance %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>River</source>
        <translation>Cours d’eau</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Height observed at</source>
        <translation>Hauteur observée à</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Flow observed at</source>
        <translation>Débit observé à</translation>
    </message>
    <message>
        <source>Trend (last hour)</source>
        <translation>Tendance (dernière heure)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Vigilance</source>
        <translation>Vigilance</translation>
    </message>
    <message>
        <source>Threshold crossed</source>
        <translation>Seuil franchi</translation>
    </message>
    <message>
        <source>Last successful poll</source>
        <translation>Dernière interrogation réussie</translation>
    </message>
    <message>
        <source>Gauge altitude</source>
        <translation>Altitude de la station</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>Gauges</name>
    <message>
        <source>%1: %2 crossed &quot;%3&quot; (%4)</source>
        <translation>%1 : %2 a franchi « %3 » (%4)</translation>
    </message>
    <message>
        <source>%1: %2, back below &quot;%3&quot; (%4)</source>
        <translation>%1 : %2, repassé sous « %3 » (%4)</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Vigilance</source>
        <translation>Vigilance</translation>
    </message>
    <message>
        <source>Above threshold</source>
        <translation>Au-dessus du seuil</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
</context>
<context>
    <name>GaugesUi</name>
    <message>
        <source>The project has no gauge station.</source>
        <translation>Le projet n’a aucune station hydrométrique.</translation>
    </message>
    <message>
        <source>Gauge station</source>
        <translation>Station hydrométrique</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Station :</translation>
    </message>
    <message>
        <source>The gauge stations will be listed again when Hub&apos;Eau answers.</source>
        <translation>Les stations hydrométriques seront de nouveau listées quand Hub’Eau répondra.</translation>
    </message>
    <message>
        <source>Live feeds</source>
        <translation>Flux en direct</translation>
    </message>
    <message>
        <source>Gauge alerts</source>
        <translation>Alertes hydrométriques</translation>
    </message>
    <message>
        <source>Hydrograph of a gauge on the map</source>
        <translation>Hydrogramme d’une station sur la carte</translation>
    </message>
    <message>
        <source>Click a river gauge to open its hydrograph</source>
        <translation>Cliquez sur une station hydrométrique pour ouvrir son hydrogramme</translation>
    </message>
    <message>
        <source>No river gauge there.</source>
        <translation>Aucune station hydrométrique à cet endroit.</translation>
    </message>
    <message>
        <source>Hydrograph…</source>
        <translation>Hydrogramme…</translation>
    </message>
    <message>
        <source>Gauge thresholds…</source>
        <translation>Seuils des stations…</translation>
    </message>
    <message>
        <source>Refresh live feeds</source>
        <translation>Actualiser les flux en direct</translation>
    </message>
</context>
<context>
    <name>GdalSource</name>
    <message>
        <source>the index file %1 is missing</source>
        <translation>le fichier d’index %1 est absent</translation>
    </message>
    <message>
        <source>the attribute file %1 is missing</source>
        <translation>le fichier d’attributs %1 est absent</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes, a shapefile header alone is 100)</source>
        <translation>le fichier est tronqué (%1 octets, l’en-tête d’un shapefile en fait 100 à lui seul)</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes instead of %2)</source>
        <translation>le fichier est tronqué (%1 octets au lieu de %2)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>the file is not readable (permissions)</source>
        <translation>le fichier n’est pas lisible (droits d’accès)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a format GDAL can read</source>
        <translation>ce n’est pas un format que GDAL sait lire</translation>
    </message>
    <message>
        <source>the %1 driver could not read it</source>
        <translation>le pilote %1 n’a pas pu le lire</translation>
    </message>
    <message>
        <source>corrupt or unreadable GeoPackage (%1)</source>
        <translation>GeoPackage corrompu ou illisible (%1)</translation>
    </message>
    <message>
        <source>it holds no vector layer</source>
        <translation>il ne contient aucune couche vecteur</translation>
    </message>
</context>
<context>
    <name>GraphBuilder</name>
    <message>
        <source>The graph build was cancelled.</source>
        <translation>La construction du graphe a été annulée.</translation>
    </message>
    <message>
        <source>Finding junctions</source>
        <translation>Recherche des intersections</translation>
    </message>
    <message>
        <source>Cutting ways into edges</source>
        <translation>Découpage des voies en tronçons</translation>
    </message>
    <message>
        <source>No walkable way was found.</source>
        <translation>Aucune voie praticable à pied n’a été trouvée.</translation>
    </message>
    <message>
        <source>Sampling the elevation model</source>
        <translation>Échantillonnage du modèle numérique de terrain</translation>
    </message>
    <message>
        <source>Indexing the network</source>
        <translation>Indexation du réseau</translation>
    </message>
    <message>
        <source>Network ready</source>
        <translation>Réseau prêt</translation>
    </message>
</context>
<context>
    <name>HubEau</name>
    <message>
        <source>Station %1: x/y given in an unknown projection (%2), not used</source>
        <translation>Station %1 : x/y donnés dans une projection inconnue (%2), non utilisés</translation>
    </message>
    <message>
        <source>Station %1: longitude and latitude were swapped in the source; corrected</source>
        <translation>Station %1 : longitude et latitude étaient inversées dans la source ; corrigé</translation>
    </message>
    <message>
        <source>Station %1: longitude/latitude disagree with the Lambert-93 x/y; the position from x/y is used</source>
        <translation>Station %1 : longitude/latitude en désaccord avec les x/y Lambert-93 ; la position tirée des x/y est utilisée</translation>
    </message>
    <message>
        <source>Station %1: position unknown</source>
        <translation>Station %1 : position inconnue</translation>
    </message>
    <message>
        <source>Station %1: altitude %2 is implausible in metres; read as millimetres: %3 m</source>
        <translation>Station %1 : l’altitude %2 est invraisemblable en mètres ; lue en millimètres : %3 m</translation>
    </message>
    <message>
        <source>Station %1: altitude %2 is implausible and ignored</source>
        <translation>Station %1 : l’altitude %2 est invraisemblable et ignorée</translation>
    </message>
    <message>
        <source>malformed JSON (%1 at byte %2)</source>
        <translation>JSON mal formé (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; list</source>
        <translation>la réponse n’a pas de liste « data »</translation>
    </message>
    <message>
        <source>the answer has no station list</source>
        <translation>la réponse n’a pas de liste de stations</translation>
    </message>
</context>
<context>
    <name>HubEauFeed</name>
    <message>
        <source>Hub&apos;Eau river gauges</source>
        <translation>Stations hydrométriques Hub&apos;Eau</translation>
    </message>
    <message>
        <source>the answer holds no observation (empty &quot;data&quot;)</source>
        <translation>la réponse ne contient aucune observation (« data » vide)</translation>
    </message>
    <message>
        <source>Hub&apos;Eau gauge stations</source>
        <translation>Stations hydrométriques Hub’Eau</translation>
    </message>
    <message>
        <source>the answer lists no station</source>
        <translation>la réponse ne liste aucune station</translation>
    </message>
</context>
<context>
    <name>LayerPropertiesDialog</name>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>LayerRegistry</name>
    <message>
        <source>Layer &quot;%1&quot;: unknown layer type &quot;%2&quot;</source>
        <translation>Couche « %1 » : type de couche « %2 » inconnu</translation>
    </message>
</context>
<context>
    <name>LayerTypes</name>
    <message>
        <source>Cannot open %1: it holds no layer</source>
        <translation>Impossible d’ouvrir %1 : il ne contient aucune couche</translation>
    </message>
</context>
<context>
    <name>LayoutItem</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Barre d’échelle</translation>
    </message>
    <message>
        <source>Numeric scale</source>
        <translation>Échelle numérique</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Flèche du nord</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Système de coordonnées</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>LayoutPainter</name>
    <message>
        <source>Coordinate system: %1</source>
        <translation>Système de coordonnées : %1</translation>
    </message>
    <message>
        <source>Coordinate system: %1 (%2)</source>
        <translation>Système de coordonnées : %1 (%2)</translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <source>Live data observed at %1</source>
        <translation>Données en direct observées le %1</translation>
    </message>
    <message>
        <source>Live data observed from %1 to %2</source>
        <translation>Données en direct observées du %1 au %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Échelle %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>LayoutStore</name>
    <message>
        <source>A layout of project %1 was skipped: %2</source>
        <translation>Une mise en page du projet %1 a été ignorée : %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Territoire projects (*.territoire)</source>
        <translation>Projets Territoire (*.territoire)</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>the layer failed to draw</source>
        <translation>la couche n’a pas pu être dessinée</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>mémoire insuffisante pour l’image</translation>
    </message>
    <message>
        <source>invalid map view settings</source>
        <translation>paramètres de vue de la carte invalides</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot;: %2</source>
        <translation>couche « %1 » : %2</translation>
    </message>
    <message>
        <source>rendering cancelled</source>
        <translation>rendu annulé</translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <source>%1 needs the network and Territoire is offline.</source>
        <translation>%1 a besoin du réseau et Territoire est hors ligne.</translation>
    </message>
</context>
<context>
    <name>ObservationCache</name>
    <message>
        <source>Observation cache %1 was unreadable (%2); it was moved to %3 and a new empty cache was started.</source>
        <translation>Le cache d’observations %1 était illisible (%2) ; il a été déplacé vers %3 et un nouveau cache vide a été créé.</translation>
    </message>
    <message>
        <source>Cannot open the observation cache %1: %2</source>
        <translation>Impossible d’ouvrir le cache d’observations %1 : %2</translation>
    </message>
    <message>
        <source>Observation cache %1 is not open</source>
        <translation>Le cache d’observations %1 n’est pas ouvert</translation>
    </message>
    <message>
        <source>Cannot write to the observation cache %1: %2</source>
        <translation>Impossible d’écrire dans le cache d’observations %1 : %2</translation>
    </message>
</context>
<context>
    <name>OfflinePack</name>
    <message>
        <source>Cannot open the pack %1: %2</source>
        <translation>Impossible d’ouvrir le paquet %1 : %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>it is not a GeoPackage (not an SQLite database).</source>
        <translation>ce n’est pas un GeoPackage (pas une base SQLite).</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes).</source>
        <translation>le fichier est tronqué (%1 octets).</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (%1).</source>
        <translation>le fichier est endommagé ou tronqué (%1).</translation>
    </message>
    <message>
        <source>it is not a GeoPackage (SQLite application id %1).</source>
        <translation>ce n’est pas un GeoPackage (identifiant d’application SQLite %1).</translation>
    </message>
    <message>
        <source>it is a GeoPackage but not a Territoire offline pack.</source>
        <translation>c’est un GeoPackage mais pas un paquet hors ligne Territoire.</translation>
    </message>
    <message>
        <source>pack format %1 is not supported by this version of Territoire.</source>
        <translation>le format de paquet %1 n’est pas pris en charge par cette version de Territoire.</translation>
    </message>
    <message>
        <source>Cannot open the pack %1: the embedded file %2 is damaged.</source>
        <translation>Impossible d’ouvrir le paquet %1 : le fichier intégré %2 est endommagé.</translation>
    </message>
    <message>
        <source>Cannot extract %1 from the pack %2: %3</source>
        <translation>Impossible d’extraire %1 du paquet %2 : %3</translation>
    </message>
    <message>
        <source>Cannot open the pack %1: its project is missing or damaged.</source>
        <translation>Impossible d’ouvrir le paquet %1 : son projet est absent ou endommagé.</translation>
    </message>
</context>
<context>
    <name>OsmGraphReader</name>
    <message>
        <source>Disabled bay %1</source>
        <translation>Place PMR %1</translation>
    </message>
    <message>
        <source>Reading OpenStreetMap data</source>
        <translation>Lecture des données OpenStreetMap</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>Impossible de lire %1 : fichier introuvable.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot build a network from %1: %2</source>
        <translation>Impossible de construire un réseau à partir de %1 : %2</translation>
    </message>
</context>
<context>
    <name>PackArea</name>
    <message>
        <source>project extent</source>
        <translation>emprise du projet</translation>
    </message>
    <message>
        <source>whole layers</source>
        <translation>couches entières</translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; is empty.</source>
        <translation>La zone « %1 » est vide.</translation>
    </message>
    <message>
        <source>The area &quot;%1&quot; is neither a layer of the project nor xmin,ymin,xmax,ymax.</source>
        <translation>La zone « %1 » n’est ni une couche du projet ni xmin,ymin,xmax,ymax.</translation>
    </message>
    <message>
        <source>Cannot read the area layer %1 (%2).</source>
        <translation>Impossible de lire la couche de zone %1 (%2).</translation>
    </message>
    <message>
        <source>The area layer %1 has no polygon.</source>
        <translation>La couche de zone %1 n’a aucun polygone.</translation>
    </message>
    <message>
        <source>The polygons of the area layer %1 cannot be merged.</source>
        <translation>Les polygones de la couche de zone %1 ne peuvent pas être fusionnés.</translation>
    </message>
    <message>
        <source>The area layer %1 cannot be converted to the map CRS.</source>
        <translation>La couche de zone %1 ne peut pas être convertie dans le SCR de la carte.</translation>
    </message>
</context>
<context>
    <name>PackWriter</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Packing cancelled.</source>
        <translation>Empaquetage annulé.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Layer %1 left out: cannot open %2 (%3).</source>
        <translation>Couche %1 laissée de côté : impossible d’ouvrir %2 (%3).</translation>
    </message>
    <message>
        <source>Layer %1 left out: %2 has no layer %3.</source>
        <translation>Couche %1 laissée de côté : %2 n’a pas de couche %3.</translation>
    </message>
    <message>
        <source>Cannot pack layer %1 (%2): %3</source>
        <translation>Impossible d’empaqueter la couche %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Cannot pack raster %1 (%2): %3</source>
        <translation>Impossible d’empaqueter le raster %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Raster %1: overviews not built (%2).</source>
        <translation>Raster %1 : aperçus non construits (%2).</translation>
    </message>
    <message>
        <source>Basemap %1 already comes from a pack; left out.</source>
        <translation>Le fond de carte %1 vient déjà d’un paquet ; laissé de côté.</translation>
    </message>
    <message>
        <source>Cannot pack basemap %1: %2</source>
        <translation>Impossible d’empaqueter le fond de carte %1 : %2</translation>
    </message>
    <message>
        <source>Basemap %1: %2 tiles of %3 were neither cached nor available.</source>
        <translation>Fond de carte %1 : %2 tuiles sur %3 n’étaient ni en cache ni disponibles.</translation>
    </message>
    <message>
        <source>No recorded feed history: %1 does not exist.</source>
        <translation>Pas d’historique des flux enregistré : %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Territoire style of %1</source>
        <translation>Style Territoire de %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Packing the recorded feed history</source>
        <translation>Empaquetage de l’historique des flux enregistré</translation>
    </message>
    <message>
        <source>Preparing the pack</source>
        <translation>Préparation du paquet</translation>
    </message>
    <message>
        <source>Packing layer %1</source>
        <translation>Empaquetage de la couche %1</translation>
    </message>
    <message>
        <source>Checking the pack</source>
        <translation>Vérification du paquet</translation>
    </message>
    <message>
        <source>Cannot write %1: the file cannot be replaced.</source>
        <translation>Impossible d’écrire %1 : le fichier ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Pack written</source>
        <translation>Paquet écrit</translation>
    </message>
</context>
<context>
    <name>PageSetupEditor</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
</context>
<context>
    <name>Parking</name>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>occupée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The destination is not a valid position.</source>
        <translation>La destination n’est pas une position valide.</translation>
    </message>
    <message>
        <source>No walking network is loaded.</source>
        <translation>Aucun réseau piéton n’est chargé.</translation>
    </message>
    <message>
        <source>Parking feed %1</source>
        <translation>Flux de stationnement %1</translation>
    </message>
    <message>
        <source>the answer holds no parking status</source>
        <translation>la réponse ne contient aucun état de stationnement</translation>
    </message>
    <message>
        <source>PMR parking bays</source>
        <translation>Places de stationnement PMR</translation>
    </message>
    <message>
        <source>%1: cannot read zones (%2)</source>
        <translation>%1 : impossible de lire les zones (%2)</translation>
    </message>
    <message>
        <source>Outside every zone</source>
        <translation>Hors de toute zone</translation>
    </message>
    <message>
        <source>Nearest free PMR bay…</source>
        <translation>Place PMR libre la plus proche…</translation>
    </message>
    <message>
        <source>%1 free / %2</source>
        <translation>%1 libres / %2</translation>
    </message>
    <message>
        <source>%1 PMR · %2 free places</source>
        <translation>%1 PMR · %2 places libres</translation>
    </message>
    <message>
        <source>%1 PMR</source>
        <translation>%1 PMR</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status time (UTC)</source>
        <translation>Heure de l’état (UTC)</translation>
    </message>
    <message>
        <source>PMR places</source>
        <translation>Places PMR</translation>
    </message>
    <message>
        <source>Vacant places</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Toutes les places</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>pas de coordonnées</translation>
    </message>
    <message>
        <source>coordinates %1, %2 are out of the degree range (metres in degree columns?); row not placed</source>
        <translation>les coordonnées %1, %2 sont hors de la plage des degrés (des mètres dans des colonnes en degrés ?) ; ligne non placée</translation>
    </message>
    <message>
        <source>coordinates %1, %2 are neither degrees nor %3 inside the expected area; row not placed</source>
        <translation>les coordonnées %1, %2 ne sont ni des degrés ni du %3 dans la zone attendue ; ligne non placée</translation>
    </message>
    <message>
        <source>coordinates %1, %2 read as %3 metres</source>
        <translation>coordonnées %1, %2 lues comme des mètres %3</translation>
    </message>
    <message>
        <source>longitude and latitude were swapped (%1, %2); corrected</source>
        <translation>longitude et latitude étaient inversées (%1, %2) ; corrigé</translation>
    </message>
    <message>
        <source>coordinates probably swapped (longitude %1, latitude %2 lies outside the expected area); row not placed</source>
        <translation>coordonnées probablement inversées (longitude %1, latitude %2 hors de la zone attendue) ; ligne non placée</translation>
    </message>
    <message>
        <source>position %1, %2 lies outside the expected area</source>
        <translation>la position %1, %2 est hors de la zone attendue</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>réponse vide</translation>
    </message>
    <message>
        <source>not a DATEX II document (root element %1)</source>
        <translation>ce n’est pas un document DATEX II (élément racine %1)</translation>
    </message>
    <message>
        <source>a status record without an identifier was skipped</source>
        <translation>un état sans identifiant a été ignoré</translation>
    </message>
    <message>
        <source>malformed XML at line %1: %2</source>
        <translation>XML mal formé à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>not a DATEX II document</source>
        <translation>ce n’est pas un document DATEX II</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1 : impossible d’ouvrir (%2)</translation>
    </message>
    <message>
        <source>%1, record %2: %3</source>
        <translation>%1, enregistrement %2 : %3</translation>
    </message>
    <message>
        <source>%1: malformed XML at line %2: %3</source>
        <translation>%1 : XML mal formé à la ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: unknown inventory format &quot;%2&quot; (expected ogr, osm or datex2)</source>
        <translation>%1 : format d’inventaire « %2 » inconnu (ogr, osm ou datex2 attendu)</translation>
    </message>
    <message>
        <source>%1: cannot open as a vector source (%2)</source>
        <translation>%1 : impossible d’ouvrir comme source vecteur (%2)</translation>
    </message>
    <message>
        <source>%1: no layer &quot;%2&quot;</source>
        <translation>%1 : pas de couche « %2 »</translation>
    </message>
    <message>
        <source>%1: no identifier column (%2); rows are numbered instead</source>
        <translation>%1 : pas de colonne d’identifiant (%2) ; les lignes sont numérotées à la place</translation>
    </message>
    <message>
        <source>%1: the filter column %2 is missing</source>
        <translation>%1 : la colonne de filtre %2 est absente</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>%1: reading cancelled</source>
        <translation>%1 : lecture annulée</translation>
    </message>
    <message>
        <source>%1, row %2 (%3)</source>
        <translation>%1, ligne %2 (%3)</translation>
    </message>
    <message>
        <source>%1: identifier already used by row %2; both rows get the same real-time status</source>
        <translation>%1 : identifiant déjà utilisé par la ligne %2 ; les deux lignes reçoivent le même état en temps réel</translation>
    </message>
    <message>
        <source>%1: PMR place count &quot;%2&quot; unreadable</source>
        <translation>%1 : nombre de places PMR « %2 » illisible</translation>
    </message>
    <message>
        <source>%1: decimal comma in the coordinate columns; the schema asks for a decimal point</source>
        <translation>%1 : virgule décimale dans les colonnes de coordonnées ; le schéma demande un point décimal</translation>
    </message>
    <message>
        <source>%1: no coordinates; kept in the table, not drawn</source>
        <translation>%1 : pas de coordonnées ; gardée dans la table, non dessinée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no geometry; kept in the table, not drawn</source>
        <translation>%1 : pas de géométrie ; gardée dans la table, non dessinée</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>JSON mal formé à la position %1 : %2</translation>
    </message>
    <message>
        <source>a record without an identifier was skipped</source>
        <translation>un enregistrement sans identifiant a été ignoré</translation>
    </message>
    <message>
        <source>record %1 has no vacant count; skipped</source>
        <translation>l’enregistrement %1 n’a pas de nombre de places libres ; ignoré</translation>
    </message>
    <message>
        <source>not a ParkAPI answer (no &quot;items&quot; list)</source>
        <translation>ce n’est pas une réponse ParkAPI (pas de liste « items »)</translation>
    </message>
    <message>
        <source>not an Opendatasoft answer (no &quot;records&quot; list)</source>
        <translation>ce n’est pas une réponse Opendatasoft (pas de liste « records »)</translation>
    </message>
    <message>
        <source>not a Strasbourg status answer (no &quot;s&quot; list)</source>
        <translation>ce n’est pas une réponse d’état de Strasbourg (pas de liste « s »)</translation>
    </message>
    <message>
        <source>not an NGSI entity list (a JSON array was expected)</source>
        <translation>ce n’est pas une liste d’entités NGSI (un tableau JSON était attendu)</translation>
    </message>
    <message>
        <source>not a Basel car park list (a JSON array was expected)</source>
        <translation>ce n’est pas une liste de parkings de Bâle (un tableau JSON était attendu)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; without an identifier was skipped</source>
        <translation>l’entrée « %1 » sans identifiant a été ignorée</translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection</source>
        <translation>ce n’est pas une FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <source>%1, %2: no location; kept in the table, not drawn</source>
        <translation>%1, %2 : pas de position ; gardée dans la table, non dessinée</translation>
    </message>
    <message>
        <source>%1: cannot read as OpenStreetMap data (%2)</source>
        <translation>%1 : illisible comme données OpenStreetMap (%2)</translation>
    </message>
    <message>
        <source>%1: no recorded answer in %2</source>
        <translation>%1 : aucune réponse enregistrée dans %2</translation>
    </message>
    <message>
        <source>%1: cannot open %2 (%3)</source>
        <translation>%1 : impossible d’ouvrir %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>%1: no usable URL or format; not polled</source>
        <translation>%1 : pas d’URL ou de format utilisable ; non interrogé</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1 : pas de réponse en %2 s</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>The atlas layer %1 has no feature to print.</source>
        <translation>La couche d’atlas %1 n’a aucune entité à imprimer.</translation>
    </message>
    <message>
        <source>Cannot export %1: the page size is not valid.</source>
        <translation>Impossible d’exporter %1 : la taille de page n’est pas valide.</translation>
    </message>
    <message>
        <source>Cannot export %1: the resolution must be between 36 and 2400 dpi.</source>
        <translation>Impossible d’exporter %1 : la résolution doit être comprise entre 36 et 2400 ppp.</translation>
    </message>
    <message>
        <source>Cannot write %1: the file cannot be created.</source>
        <translation>Impossible d’écrire %1 : le fichier ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>Page %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Page %1: the map frame has no valid scale or extent.</source>
        <translation>Page %1 : le cadre de carte n’a ni échelle ni emprise valide.</translation>
    </message>
    <message>
        <source>Georeferencing %1</source>
        <translation>Géoréférencement de %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
</context>
<context>
    <name>PdfGeoreference</name>
    <message>
        <source>Cannot georeference %1: %2</source>
        <translation>Impossible de géoréférencer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the file cannot be replaced.</source>
        <translation>Impossible d’écrire %1 : le fichier ne peut pas être remplacé.</translation>
    </message>
</context>
<context>
    <name>PointSource</name>
    <message>
        <source>Cannot read points from %1: %2</source>
        <translation>Impossible de lire des points dans %1 : %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>layer %1 has a CRS that cannot be turned into WGS 84</source>
        <translation>la couche %1 a un SCR qui ne peut pas être converti en WGS 84</translation>
    </message>
    <message>
        <source>it holds no located point</source>
        <translation>il ne contient aucun point localisé</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>A layout has no name.</source>
        <translation>Une mise en page n’a pas de nom.</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; has no map frame.</source>
        <translation>La mise en page « %1 » n’a pas de cadre de carte.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Routing profile &quot;%1&quot;: invalid value for %2.</source>
        <translation>Profil d’itinéraire « %1 » : valeur invalide pour %2.</translation>
    </message>
    <message>
        <source>Unknown routing profile &quot;%1&quot; (known: %2).</source>
        <translation>Profil d’itinéraire « %1 » inconnu (connus : %2).</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>not a Territoire project</source>
        <translation>ce n’est pas un projet Territoire</translation>
    </message>
    <message>
        <source>made by a newer Territoire (format %1)</source>
        <translation>créé par une version plus récente de Territoire (format %1)</translation>
    </message>
    <message>
        <source>unknown map CRS &quot;%1&quot;</source>
        <translation>SCR de carte « %1 » inconnu</translation>
    </message>
    <message>
        <source>Cannot open project %1: %2</source>
        <translation>Impossible d’ouvrir le projet %1 : %2</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1 (%2)</source>
        <translation>JSON invalide à l’octet %1 (%2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>Cannot save project %1: %2</source>
        <translation>Impossible d’enregistrer le projet %1 : %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Accessible route</source>
        <translation>Itinéraire accessible</translation>
    </message>
</context>
<context>
    <name>RasterLayer</name>
    <message>
        <source>Cannot open %1: it has no band</source>
        <translation>Impossible d’ouvrir %1 : il n’a aucune bande</translation>
    </message>
    <message>
        <source>%1 – %2 m</source>
        <translation>%1 – %2 m</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>Bande %1</translation>
    </message>
    <message>
        <source>Cannot draw %1: %2</source>
        <translation>Impossible de dessiner %1 : %2</translation>
    </message>
</context>
<context>
    <name>RasterWarp</name>
    <message>
        <source>Invalid map view.</source>
        <translation>Vue de carte invalide.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot draw %1: %2 bands, RGB(A) expected.</source>
        <translation>Impossible de dessiner %1 : %2 bandes, RVB(A) attendu.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot draw %1: %2</source>
        <translation>Impossible de dessiner %1 : %2</translation>
    </message>
</context>
<context>
    <name>RouteAssembly</name>
    <message>
        <source>the route uses an elevator on way %1: check that it works</source>
        <translation>l’itinéraire emprunte un ascenseur sur la voie %1 : vérifiez qu’il fonctionne</translation>
    </message>
</context>
<context>
    <name>RouteLayer</name>
    <message>
        <source>Cannot project the route to the map CRS.</source>
        <translation>Impossible de projeter l’itinéraire dans le SCR de la carte.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Meets the profile</source>
        <translation>Conforme au profil</translation>
    </message>
    <message>
        <source>Data missing</source>
        <translation>Données manquantes</translation>
    </message>
    <message>
        <source>Breaks a rule</source>
        <translation>Enfreint une règle</translation>
    </message>
    <message>
        <source>Disabled bay coverage</source>
        <translation>Desserte des places PMR</translation>
    </message>
    <message>
        <source>Reachable on compliant paths</source>
        <translation>Accessible par des cheminements conformes</translation>
    </message>
</context>
<context>
    <name>RouteSearch</name>
    <message>
        <source>The start vertex is not in the network.</source>
        <translation>Le sommet de départ n’est pas dans le réseau.</translation>
    </message>
    <message>
        <source>The network has a negative cost; no route was computed (%1).</source>
        <translation>Le réseau a un coût négatif ; aucun itinéraire n’a été calculé (%1).</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>No pedestrian network is loaded.</source>
        <translation>Aucun réseau piéton n’est chargé.</translation>
    </message>
    <message>
        <source>Invalid coordinates.</source>
        <translation>Coordonnées invalides.</translation>
    </message>
    <message>
        <source>no footway within %1 m of %2</source>
        <translation>aucun cheminement piéton à moins de %1 m de %2</translation>
    </message>
    <message>
        <source>No route: the two points are on parts of the network that do not connect.</source>
        <translation>Pas d’itinéraire : les deux points sont sur des parties du réseau qui ne se rejoignent pas.</translation>
    </message>
    <message>
        <source>The vertex is not in the network.</source>
        <translation>Le sommet n’est pas dans le réseau.</translation>
    </message>
</context>
<context>
    <name>RoutingExport</name>
    <message>
        <source>the file cannot be replaced</source>
        <translation>le fichier ne peut pas être remplacé</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL n’a pas de pilote GeoPackage</translation>
    </message>
    <message>
        <source>Style written by Territoire</source>
        <translation>Style écrit par Territoire</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Data missing</source>
        <translation>Données manquantes</translation>
    </message>
    <message>
        <source>Breaks a rule</source>
        <translation>Enfreint une règle</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Desservi</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Breaks the rule</source>
        <translation>Enfreint la règle</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l’octet %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>Cache file %1 is damaged (%2); it was set aside and will be rebuilt from the network.</source>
        <translation>Le fichier de cache %1 est endommagé (%2) ; il a été mis de côté et sera reconstruit depuis le réseau.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
</context>
<context>
    <name>TmsCapabilities</name>
    <message>
        <source>Cannot read the TMS document %1: %2</source>
        <translation>Impossible de lire le document TMS %1 : %2</translation>
    </message>
    <message>
        <source>it is not a TMS TileMapService document.</source>
        <translation>ce n’est pas un document TMS TileMapService.</translation>
    </message>
    <message>
        <source>it is not a TMS TileMap document.</source>
        <translation>ce n’est pas un document TMS TileMap.</translation>
    </message>
    <message>
        <source>the tiles of &quot;%1&quot; are %2, not images (vector tiles are not supported).</source>
        <translation>les tuiles de « %1 » sont au format %2, pas des images (les tuiles vectorielles ne sont pas prises en charge).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the Web Mercator grid of 256-pixel tiles with its origin at the top left.</source>
        <translation>« %1 » n’est pas dans la grille Web Mercator de tuiles de 256 pixels avec l’origine en haut à gauche.</translation>
    </message>
    <message>
        <source>level %1 of &quot;%2&quot; is not a Web Mercator zoom level.</source>
        <translation>le niveau %1 de « %2 » n’est pas un niveau de zoom Web Mercator.</translation>
    </message>
    <message>
        <source>the levels of &quot;%1&quot; have different addresses.</source>
        <translation>les niveaux de « %1 » ont des adresses différentes.</translation>
    </message>
</context>
<context>
    <name>VectorSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>it has no layer named &quot;%1&quot;</source>
        <translation>il n’a pas de couche nommée « %1 »</translation>
    </message>
    <message>
        <source>invalid filter &quot;%1&quot; (%2)</source>
        <translation>filtre invalide « %1 » (%2)</translation>
    </message>
    <message>
        <source>%1: unknown text encoding &quot;%2&quot;; detecting it instead</source>
        <translation>%1 : encodage de texte « %2 » inconnu ; détection automatique à la place</translation>
    </message>
    <message>
        <source>cannot read the rows again</source>
        <translation>impossible de relire les lignes</translation>
    </message>
    <message>
        <source>no transformation from %1 to %2</source>
        <translation>aucune transformation de %1 vers %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) without geometry, not drawn (ids %2)</source>
        <translation>
            <numerusform>%1 : %n entité sans géométrie, non dessinée (id %2)</numerusform>
            <numerusform>%1 : %n entités sans géométrie, non dessinées (id %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n invalid geometry(ies), e.g. self-intersections, drawn as they are (ids %2)</source>
        <translation>
            <numerusform>%1 : %n géométrie invalide, par ex. auto-intersection, dessinée telle quelle (id %2)</numerusform>
            <numerusform>%1 : %n géométries invalides, par ex. auto-intersections, dessinées telles quelles (id %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) with a polygon ring not closed; closed on loading (ids %2)</source>
        <translation>
            <numerusform>%1 : %n entité avec un anneau de polygone non fermé ; fermé au chargement (id %2)</numerusform>
            <numerusform>%1 : %n entités avec un anneau de polygone non fermé ; fermés au chargement (id %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) with coordinates out of range for the layer CRS, not drawn (ids %2)</source>
        <translation>
            <numerusform>%1 : %n entité avec des coordonnées hors limites pour le SCR de la couche, non dessinée (id %2)</numerusform>
            <numerusform>%1 : %n entités avec des coordonnées hors limites pour le SCR de la couche, non dessinées (id %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) with coordinates probably swapped (x and y), not drawn (ids %2)</source>
        <translation>
            <numerusform>%1 : %n entité avec des coordonnées probablement inversées (x et y), non dessinée (id %2)</numerusform>
            <numerusform>%1 : %n entités avec des coordonnées probablement inversées (x et y), non dessinées (id %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) could not be reprojected to the map CRS (ids %2)</source>
        <translation>
            <numerusform>%1 : %n entité n’a pas pu être reprojetée dans le SCR de la carte (id %2)</numerusform>
            <numerusform>%1 : %n entités n’ont pas pu être reprojetées dans le SCR de la carte (id %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) write coordinates with a decimal comma (read as a decimal point)</source>
        <translation>
            <numerusform>%1 : %n ligne écrit ses coordonnées avec une virgule décimale (lue comme un point)</numerusform>
            <numerusform>%1 : %n lignes écrivent leurs coordonnées avec une virgule décimale (lue comme un point)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: no layer &quot;%2&quot;</source>
        <translation>Impossible de lire %1 : pas de couche « %2 »</translation>
    </message>
</context>
<context>
    <name>VectorStyle</name>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Vigicrues</name>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>malformed JSON (%1 at byte %2)</source>
        <translation>JSON mal formé (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>the answer holds no vigilance bulletin</source>
        <translation>la réponse ne contient aucun bulletin de vigilance</translation>
    </message>
    <message>
        <source>the bulletin gives no vigilance level</source>
        <translation>le bulletin ne donne aucun niveau de vigilance</translation>
    </message>
</context>
<context>
    <name>VigicruesFeed</name>
    <message>
        <source>Vigicrues flood vigilance</source>
        <translation>Vigilance crues Vigicrues</translation>
    </message>
    <message>
        <source>Vigicrues reaches of the stations</source>
        <translation>Tronçons Vigicrues des stations</translation>
    </message>
</context>
<context>
    <name>WmtsCapabilities</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a WMTS capabilities document%2</source>
        <translation>%1 n’est pas un document de capacités WMTS%2</translation>
    </message>
    <message>
        <source>%1 is not valid XML (line %2): %3</source>
        <translation>%1 n’est pas un XML valide (ligne %2) : %3</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>OpenStreetMap file (.osm or .osm.pbf).</source>
        <translation>Fichier OpenStreetMap (.osm ou .osm.pbf).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Disabled bays: any point source GDAL reads, or an OSM file.</source>
        <translation>Places PMR : toute source de points lisible par GDAL, ou un fichier OSM.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>Places to serve (town halls, schools...): points.</source>
        <translation>Lieux à desservir (mairies, écoles…) : des points.</translation>
    </message>
    <message>
        <source>GeoPackage to write.</source>
        <translation>GeoPackage à écrire.</translation>
    </message>
    <message>
        <source>FILE.gpkg</source>
        <translation>FICHIER.gpkg</translation>
    </message>
    <message>
        <source>Walking distance from each bay, metres (default 200).</source>
        <translation>Distance à pied depuis chaque place, en mètres (200 par défaut).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Routing profile.</source>
        <translation>Profil d’itinéraire.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Elevation model for slopes.</source>
        <translation>Modèle numérique de terrain pour les pentes.</translation>
    </message>
    <message>
        <source>For each disabled bay, the network reachable on compliant paths within a distance; the distance from destinations to the nearest bay; an audit of the network.</source>
        <translation>Pour chaque place PMR, le réseau accessible par des cheminements conformes dans une distance donnée ; la distance des destinations à la place la plus proche ; un audit du réseau.</translation>
    </message>
    <message>
        <source>coverage needs --osm, --bays and --out.</source>
        <translation>coverage demande --osm, --bays et --out.</translation>
    </message>
    <message>
        <source>--distance takes a positive number of metres.</source>
        <translation>--distance attend un nombre positif de mètres.</translation>
    </message>
    <message>
        <source>%1 holds no disabled parking bay.</source>
        <translation>%1 ne contient aucune place de stationnement PMR.</translation>
    </message>
    <message>
        <source>%1 bays (%2 on the network), %3 m of compliant network within %4 m, profile %5.</source>
        <translation>%1 places (%2 sur le réseau), %3 m de réseau conforme à moins de %4 m, profil %5.</translation>
    </message>
    <message>
        <source>Audit: %1 findings.</source>
        <translation>Audit : %1 constats.</translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation>Lacunes :</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation>Géométrie :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Entités :</translation>
    </message>
    <message>
        <source>CRS:</source>
        <translation>SCR :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Suggested CRS:</source>
        <translation>SCR suggéré :</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>Emprise :</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Champs :</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Avertissement :</translation>
    </message>
    <message>
        <source>Write JSON instead of text.</source>
        <translation>Écrire du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>A data file, a PG: connection string or a .territoire project.</source>
        <translation>Un fichier de données, une chaîne de connexion PG: ou un projet .territoire.</translation>
    </message>
    <message>
        <source>Describes every layer of a source or project: name, geometry type, feature count, CRS, extent, fields and warnings.</source>
        <translation>Décrit chaque couche d’une source ou d’un projet : nom, type de géométrie, nombre d’entités, SCR, emprise, champs et avertissements.</translation>
    </message>
    <message>
        <source>info: expected exactly one source or project.</source>
        <translation>info : une seule source ou un seul projet attendu.</translation>
    </message>
    <message>
        <source>River gauges of a project: height, flow, trend, vigilance</source>
        <translation>Stations hydrométriques d’un projet : hauteur, débit, tendance, vigilance</translation>
    </message>
    <message>
        <source>Describe the layers of a source or project</source>
        <translation>Décrire les couches d’une source ou d’un projet</translation>
    </message>
    <message>
        <source>Draw a project or source into an image</source>
        <translation>Dessiner un projet ou une source dans une image</translation>
    </message>
    <message>
        <source>Write an offline pack (GeoPackage) of a project</source>
        <translation>Écrire un paquet hors ligne (GeoPackage) d’un projet</translation>
    </message>
    <message>
        <source>Wheelchair route between two points on OSM data</source>
        <translation>Itinéraire en fauteuil roulant entre deux points sur des données OSM</translation>
    </message>
    <message>
        <source>Compliant network around disabled bays, to GeoPackage</source>
        <translation>Réseau conforme autour des places PMR, vers un GeoPackage</translation>
    </message>
    <message>
        <source>PMR parking bays of a project with their live status</source>
        <translation>Places de stationnement PMR d’un projet avec leur état en direct</translation>
    </message>
    <message>
        <source>Free PMR bays nearest to a destination by path</source>
        <translation>Places PMR libres les plus proches d’une destination, par le cheminement</translation>
    </message>
    <message>
        <source>Export a project&apos;s map layout to a vector PDF</source>
        <translation>Exporter la mise en page d’un projet en PDF vectoriel</translation>
    </message>
    <message>
        <source>Usage: territoire-cli COMMAND [options]</source>
        <translation>Utilisation : territoire-cli COMMANDE [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run territoire-cli COMMAND --help for details.</source>
        <translation>Lancez territoire-cli COMMANDE --help pour les détails.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
    <message>
        <source>it could not be loaded</source>
        <translation>elle n’a pas pu être chargée</translation>
    </message>
    <message>
        <source>Image to write (PNG, JPEG or TIFF, by suffix).</source>
        <translation>Image à écrire (PNG, JPEG ou TIFF, selon l’extension).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Image size in pixels, WIDTHxHEIGHT (default 1920x1080).</source>
        <translation>Taille de l’image en pixels, LARGEURxHAUTEUR (1920x1080 par défaut).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>extent</source>
        <translation>emprise</translation>
    </message>
    <message>
        <source>Map CRS, e.g. EPSG:2154 (default: the project&apos;s, or Lambert-93).</source>
        <translation>SCR de la carte, par ex. EPSG:2154 (par défaut : celui du projet, ou Lambert-93).</translation>
    </message>
    <message>
        <source>crs</source>
        <translation>scr</translation>
    </message>
    <message>
        <source>Output resolution in dots per inch (default 96).</source>
        <translation>Résolution de sortie en points par pouce (96 par défaut).</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>ppp</translation>
    </message>
    <message>
        <source>Draws the layers of a project or source into an image, with their styles and labels.</source>
        <translation>Dessine les couches d’un projet ou d’une source dans une image, avec leurs styles et étiquettes.</translation>
    </message>
    <message>
        <source>render: expected exactly one source or project.</source>
        <translation>render : une seule source ou un seul projet attendu.</translation>
    </message>
    <message>
        <source>render: --out FILE is required.</source>
        <translation>render : --out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>render: cannot write &quot;%1&quot;: unknown image format &quot;%2&quot;.</source>
        <translation>render : impossible d’écrire « %1 » : format d’image « %2 » inconnu.</translation>
    </message>
    <message>
        <source>render: invalid --size &quot;%1&quot;, expected WIDTHxHEIGHT such as 1920x1080.</source>
        <translation>render : --size « %1 » invalide, LARGEURxHAUTEUR attendu, par ex. 1920x1080.</translation>
    </message>
    <message>
        <source>render: invalid --dpi &quot;%1&quot;, expected a number between 10 and 2400.</source>
        <translation>render : --dpi « %1 » invalide, nombre entre 10 et 2400 attendu.</translation>
    </message>
    <message>
        <source>render: invalid --extent &quot;%1&quot;, expected x1,y1,x2,y2.</source>
        <translation>render : --extent « %1 » invalide, x1,y1,x2,y2 attendu.</translation>
    </message>
    <message>
        <source>render: invalid --crs &quot;%1&quot;: %2</source>
        <translation>render : --crs « %1 » invalide : %2</translation>
    </message>
    <message>
        <source>render: %1: no located feature to show; give --extent.</source>
        <translation>render : %1 : aucune entité localisée à montrer ; indiquez --extent.</translation>
    </message>
    <message>
        <source>render: %1: %2</source>
        <translation>render : %1 : %2</translation>
    </message>
    <message>
        <source>render: cannot write %1: %2</source>
        <translation>render : impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Length: %1 m, duration: %2 min</source>
        <translation>Longueur : %1 m, durée : %2 min</translation>
    </message>
    <message>
        <source>Compliant with the profile.</source>
        <translation>Conforme au profil.</translation>
    </message>
    <message>
        <source>No compliant route: this is the least bad route.</source>
        <translation>Pas d’itinéraire conforme : voici le moins mauvais.</translation>
    </message>
    <message>
        <source>Stretches:</source>
        <translation>Tronçons :</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Start point, WGS 84.</source>
        <translation>Point de départ, WGS 84.</translation>
    </message>
    <message>
        <source>lon,lat</source>
        <translation>lon,lat</translation>
    </message>
    <message>
        <source>End point, WGS 84.</source>
        <translation>Point d’arrivée, WGS 84.</translation>
    </message>
    <message>
        <source>Profile: norm-2007, manual-wheelchair, electric-wheelchair, walking-aid, pedestrian.</source>
        <translation>Profil : norm-2007, manual-wheelchair, electric-wheelchair, walking-aid, pedestrian.</translation>
    </message>
    <message>
        <source>Elevation model for slopes the OSM data does not give.</source>
        <translation>Modèle numérique de terrain pour les pentes que les données OSM ne donnent pas.</translation>
    </message>
    <message>
        <source>Project whose &quot;routing&quot; section adjusts the profiles.</source>
        <translation>Projet dont la section « routing » ajuste les profils.</translation>
    </message>
    <message>
        <source>Largest distance from a point to the network, metres.</source>
        <translation>Plus grande distance d’un point au réseau, en mètres.</translation>
    </message>
    <message>
        <source>Print a GeoJSON FeatureCollection.</source>
        <translation>Écrire une FeatureCollection GeoJSON.</translation>
    </message>
    <message>
        <source>Finds the best route a wheelchair can take between two points. Exit status 3 when no route meets the profile (the least bad one is printed, with what blocks).</source>
        <translation>Trouve le meilleur itinéraire praticable en fauteuil roulant entre deux points. Code de sortie 3 quand aucun itinéraire ne respecte le profil (le moins mauvais est écrit, avec ce qui bloque).</translation>
    </message>
    <message>
        <source>route needs --osm, --from and --to.</source>
        <translation>route demande --osm, --from et --to.</translation>
    </message>
    <message>
        <source>--from and --to take &quot;lon,lat&quot; in decimal degrees.</source>
        <translation>--from et --to attendent « lon,lat » en degrés décimaux.</translation>
    </message>
    <message>
        <source>--snap-distance takes a positive number of metres.</source>
        <translation>--snap-distance attend un nombre positif de mètres.</translation>
    </message>
    <message>
        <source>No route meets the profile %1; blocked by:</source>
        <translation>Aucun itinéraire ne respecte le profil %1 ; bloqué par :</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Area to show, x1,y1,x2,y2 in map CRS units (default: the project&apos;s view, or all layers).</source>
        <translation>Zone à montrer, x1,y1,x2,y2 dans les unités du SCR de la carte (par défaut : la vue du projet, ou toutes les couches).</translation>
    </message>
    <message>
        <source>export-pdf: the observation cache %1 does not exist.</source>
        <translation>export-pdf : le cache d’observations %1 n’existe pas.</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>Fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Layout of the project to use (default: a layout generated for the paper).</source>
        <translation>Mise en page du projet à utiliser (par défaut : une mise en page générée pour le papier).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Paper: A4, A3, A2, A1 or A0 (default A4).</source>
        <translation>Papier : A4, A3, A2, A1 ou A0 (A4 par défaut).</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>portrait or landscape (default landscape).</source>
        <translation>portrait ou paysage (paysage par défaut).</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>Scale denominator, e.g. 10000 for 1:10 000.</source>
        <translation>Dénominateur d’échelle, par ex. 10000 pour 1:10 000.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Map centre x,y in the project&apos;s map CRS.</source>
        <translation>Centre de la carte x,y dans le SCR de carte du projet.</translation>
    </message>
    <message>
        <source>x,y</source>
        <translation>x,y</translation>
    </message>
    <message>
        <source>Area to fit, x1,y1,x2,y2 in the map CRS.</source>
        <translation>Zone à cadrer, x1,y1,x2,y2 dans le SCR de la carte.</translation>
    </message>
    <message>
        <source>Title of the map.</source>
        <translation>Titre de la carte.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Resolution for rasters, 36 to 2400 (default 300).</source>
        <translation>Résolution des rasters, de 36 à 2400 (300 par défaut).</translation>
    </message>
    <message>
        <source>One page per feature of this layer (id or name).</source>
        <translation>Une page par entité de cette couche (identifiant ou nom).</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>Field giving each atlas page its title.</source>
        <translation>Champ donnant son titre à chaque page de l’atlas.</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>Text of a banner printed over every map.</source>
        <translation>Texte d’un bandeau imprimé sur chaque carte.</translation>
    </message>
    <message>
        <source>Observation cache of the live layers (default: the application&apos;s, when present).</source>
        <translation>Cache d’observations des couches en direct (par défaut : celui de l’application, s’il existe).</translation>
    </message>
    <message>
        <source>Show the live data as at this ISO 8601 instant, e.g. 2025-03-30T01:30:00Z (default: now).</source>
        <translation>Montrer les données en direct à cet instant ISO 8601, par exemple 2025-03-30T01:30:00Z (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>A .territoire project.</source>
        <translation>Un projet .territoire.</translation>
    </message>
    <message>
        <source>Exports the map of a project to a vector PDF with title, legend, scale bar, north arrow, sources and dates, georeferenced for GIS and PDF viewers.</source>
        <translation>Exporte la carte d’un projet en PDF vectoriel avec titre, légende, barre d’échelle, flèche du nord, sources et dates, géoréférencé pour les SIG et les lecteurs PDF.</translation>
    </message>
    <message>
        <source>expected exactly one project.</source>
        <translation>un seul projet attendu.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>invalid --dpi &quot;%1&quot;, expected 36 to 2400.</source>
        <translation>--dpi « %1 » invalide, de 36 à 2400 attendu.</translation>
    </message>
    <message>
        <source>invalid --paper &quot;%1&quot;, expected A4, A3, A2, A1 or A0.</source>
        <translation>--paper « %1 » invalide, A4, A3, A2, A1 ou A0 attendu.</translation>
    </message>
    <message>
        <source>invalid --orientation &quot;%1&quot;, expected portrait or landscape.</source>
        <translation>--orientation « %1 » invalide, portrait ou landscape attendu.</translation>
    </message>
    <message>
        <source>invalid --scale &quot;%1&quot;.</source>
        <translation>--scale « %1 » invalide.</translation>
    </message>
    <message>
        <source>invalid --center &quot;%1&quot;, expected x,y.</source>
        <translation>--center « %1 » invalide, x,y attendu.</translation>
    </message>
    <message>
        <source>invalid --extent &quot;%1&quot;, expected x1,y1,x2,y2.</source>
        <translation>--extent « %1 » invalide, x1,y1,x2,y2 attendu.</translation>
    </message>
    <message>
        <source>give either --scale and --center, or --extent.</source>
        <translation>donnez soit --scale et --center, soit --extent.</translation>
    </message>
    <message>
        <source>--atlas LAYER and --atlas-title FIELD go together.</source>
        <translation>--atlas COUCHE et --atlas-title CHAMP vont ensemble.</translation>
    </message>
    <message>
        <source>invalid --at &quot;%1&quot;, expected an ISO 8601 instant with its offset, e.g. 2025-03-30T01:30:00Z.</source>
        <translation>--at « %1 » invalide : un instant ISO 8601 avec son décalage est attendu, par exemple 2025-03-30T01:30:00Z.</translation>
    </message>
    <message>
        <source>%1: the layer could not be loaded.</source>
        <translation>%1 : la couche n’a pas pu être chargée.</translation>
    </message>
    <message>
        <source>export-pdf: %1 has no layout named &quot;%2&quot;.</source>
        <translation>export-pdf : %1 n’a pas de mise en page nommée « %2 ».</translation>
    </message>
    <message>
        <source>--center needs --scale.</source>
        <translation>--center demande --scale.</translation>
    </message>
    <message>
        <source>export-pdf: %1: nothing located to show; give --extent or --scale and --center.</source>
        <translation>export-pdf : %1 : rien de localisé à montrer ; donnez --extent, ou --scale et --center.</translation>
    </message>
    <message>
        <source>export-pdf: %1 has no layer &quot;%2&quot; for the atlas.</source>
        <translation>export-pdf : %1 n’a pas de couche « %2 » pour l’atlas.</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1 : dossier introuvable</translation>
    </message>
    <message>
        <source>not a Hub&apos;Eau or Vigicrues answer</source>
        <translation>ce n’est pas une réponse Hub&apos;Eau ou Vigicrues</translation>
    </message>
    <message>
        <source>vigilance %1</source>
        <translation>vigilance %1</translation>
    </message>
    <message>
        <source>Project file (.territoire).</source>
        <translation>Fichier de projet (.territoire).</translation>
    </message>
    <message>
        <source>Poll once, print and exit.</source>
        <translation>Interroger une fois, afficher et quitter.</translation>
    </message>
    <message>
        <source>One JSON object per station and line.</source>
        <translation>Un objet JSON par station et par ligne.</translation>
    </message>
    <message>
        <source>Replay recorded Hub&apos;Eau/Vigicrues answers (JSON files) from DIR instead of the network.</source>
        <translation>Rejouer des réponses Hub&apos;Eau/Vigicrues enregistrées (fichiers JSON) du dossier DIR au lieu du réseau.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Observation cache file (SQLite).</source>
        <translation>Fichier du cache d’observations (SQLite).</translation>
    </message>
    <message>
        <source>Show the state at this instant (ISO 8601); with --source the default is the newest recorded observation.</source>
        <translation>Montrer l’état à cet instant (ISO 8601) ; avec --source, par défaut l’observation enregistrée la plus récente.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>River gauges of a project: latest height, flow, trend, status and flood vigilance.</source>
        <translation>Stations hydrométriques d’un projet : dernière hauteur, débit, tendance, état et vigilance crues.</translation>
    </message>
    <message>
        <source>gauges: --project FILE is required</source>
        <translation>gauges : --project FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>gauges: --at needs an ISO 8601 instant with its offset, e.g. 2025-03-30T01:30:00Z</source>
        <translation>gauges : --at attend un instant ISO 8601 avec son décalage, par ex. 2025-03-30T01:30:00Z</translation>
    </message>
    <message>
        <source>%1: the project has no gauges layer with stations</source>
        <translation>%1 : le projet n’a pas de couche de stations hydrométriques</translation>
    </message>
    <message>
        <source>The destination, WGS 84 degrees.</source>
        <translation>La destination, en degrés WGS 84.</translation>
    </message>
    <message>
        <source>LON,LAT</source>
        <translation>LON,LAT</translation>
    </message>
    <message>
        <source>Routing profile (norm-2007, manual-wheelchair, electric-wheelchair, walking-aid, pedestrian, or one of the project).</source>
        <translation>Profil d’itinéraire (norm-2007, manual-wheelchair, electric-wheelchair, walking-aid, pedestrian, ou un profil du projet).</translation>
    </message>
    <message>
        <source>How many bays to list.</source>
        <translation>Nombre de places à lister.</translation>
    </message>
    <message>
        <source>Pedestrian network (OSM XML or PBF) instead of the project&apos;s.</source>
        <translation>Réseau piéton (OSM XML ou PBF) au lieu de celui du projet.</translation>
    </message>
    <message>
        <source>Ranks the free PMR bays by the compliant walking path from each bay to a destination.</source>
        <translation>Classe les places PMR libres selon le cheminement conforme de chaque place à une destination.</translation>
    </message>
    <message>
        <source>nearest-bay: --project FILE and --to LON,LAT are required.</source>
        <translation>nearest-bay : --project FICHIER et --to LON,LAT sont obligatoires.</translation>
    </message>
    <message>
        <source>--to: expected LON,LAT in degrees, e.g. 6.8628,47.6379.</source>
        <translation>--to : LON,LAT en degrés attendu, par ex. 6.8628,47.6379.</translation>
    </message>
    <message>
        <source>--count: expected a positive number.</source>
        <translation>--count : nombre positif attendu.</translation>
    </message>
    <message>
        <source>--profile: %1</source>
        <translation>--profile : %1</translation>
    </message>
    <message>
        <source>%1: no pedestrian network (section &quot;parking&quot;, key &quot;routing&quot;.&quot;network&quot;, or --osm FILE).</source>
        <translation>%1 : pas de réseau piéton (section « parking », clé « routing ».&quot;network&quot;, ou --osm FICHIER).</translation>
    </message>
    <message>
        <source>No bay is known to be free now: without a fresh real-time status (see the project&apos;s parking feeds) a bay is unknown, never free.</source>
        <translation>Aucune place n’est connue comme libre maintenant : sans état en temps réel récent (voir les flux de stationnement du projet), une place est inconnue, jamais libre.</translation>
    </message>
    <message>
        <source>%1 free bays; best %2:</source>
        <translation>%1 places libres ; les %2 meilleures :</translation>
    </message>
    <message>
        <source>%1 m walk</source>
        <translation>%1 m à pied</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>NOT compliant</source>
        <translation>NON conforme</translation>
    </message>
    <message>
        <source>%1 m straight line</source>
        <translation>%1 m à vol d’oiseau</translation>
    </message>
    <message>
        <source>The project (.territoire).</source>
        <translation>Le projet (.territoire).</translation>
    </message>
    <message>
        <source>The pack to write (.gpkg).</source>
        <translation>Le paquet à écrire (.gpkg).</translation>
    </message>
    <message>
        <source>Area to keep: a polygon layer of the project (id or name) or xmin,ymin,xmax,ymax in the map CRS or in degrees. Default: the project extent.</source>
        <translation>Zone à garder : une couche de polygones du projet (identifiant ou nom) ou xmin,ymin,xmax,ymax dans le SCR de la carte ou en degrés. Par défaut : l’emprise du projet.</translation>
    </message>
    <message>
        <source>layer-or-extent</source>
        <translation>couche-ou-emprise</translation>
    </message>
    <message>
        <source>Start of the recorded period (ISO 8601, UTC).</source>
        <translation>Début de la période enregistrée (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>End of the recorded period (ISO 8601, UTC).</source>
        <translation>Fin de la période enregistrée (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>Basemap zoom levels to keep (default 10-16).</source>
        <translation>Niveaux de zoom du fond de carte à garder (10-16 par défaut).</translation>
    </message>
    <message>
        <source>min-max</source>
        <translation>min-max</translation>
    </message>
    <message>
        <source>The recorded feed history (observation cache file).</source>
        <translation>L’historique des flux enregistré (fichier du cache d’observations).</translation>
    </message>
    <message>
        <source>Use cached basemap tiles only; make no network request.</source>
        <translation>N’utiliser que les tuiles de fond de carte en cache ; aucune requête réseau.</translation>
    </message>
    <message>
        <source>Write an offline pack: one GeoPackage with the layers, basemap tiles, recorded feeds, routing data and the project, for use with no network.</source>
        <translation>Écrire un paquet hors ligne : un GeoPackage avec les couches, les tuiles du fond de carte, les flux enregistrés, les données d’itinéraire et le projet, pour un usage sans réseau.</translation>
    </message>
    <message>
        <source>Usage: territoire-cli pack PROJECT --out FILE.gpkg [options]</source>
        <translation>Utilisation : territoire-cli pack PROJET --out FICHIER.gpkg [options]</translation>
    </message>
    <message>
        <source>Invalid --basemap-zoom &quot;%1&quot;: expected MIN-MAX such as 10-16.</source>
        <translation>--basemap-zoom « %1 » invalide : MIN-MAX attendu, par ex. 10-16.</translation>
    </message>
    <message>
        <source>Invalid --basemap-zoom &quot;%1&quot;.</source>
        <translation>--basemap-zoom « %1 » invalide.</translation>
    </message>
    <message>
        <source>Invalid time &quot;%1&quot;: expected ISO 8601 such as 2021-01-12T14:00:00Z.</source>
        <translation>Heure « %1 » invalide : ISO 8601 attendu, par ex. 2021-01-12T14:00:00Z.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Pack written: %1</source>
        <translation>Paquet écrit : %1</translation>
    </message>
    <message>
        <source>  vector layers: %1, rasters: %2, basemap tiles: %3 (%4 missing)</source>
        <translation>  couches vecteur : %1, rasters : %2, tuiles de fond de carte : %3 (%4 manquantes)</translation>
    </message>
    <message>
        <source>  recorded observations: %1, embedded files: %2</source>
        <translation>  observations enregistrées : %1, fichiers intégrés : %2</translation>
    </message>
    <message>
        <source>  size before: %1, after: %2</source>
        <translation>  taille avant : %1, après : %2</translation>
    </message>
    <message>
        <source>%1: the project has no parking inventory (section &quot;parking&quot;, key &quot;sources&quot;).</source>
        <translation>%1 : le projet n’a pas d’inventaire de stationnement (section « parking », clé « sources »).</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not an ISO 8601 instant.</source>
        <translation>--at : « %1 » n’est pas un instant ISO 8601.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Écrire du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Replay the recorded feed answers of a folder instead of the network.</source>
        <translation>Rejouer les réponses de flux enregistrées d’un dossier au lieu du réseau.</translation>
    </message>
    <message>
        <source>Judge statuses at this instant (ISO 8601, UTC) instead of now.</source>
        <translation>Juger les états à cet instant (ISO 8601, UTC) au lieu de maintenant.</translation>
    </message>
    <message>
        <source>Lists the PMR parking bays of a project with their live status (free, taken, unknown).</source>
        <translation>Liste les places de stationnement PMR d’un projet avec leur état en direct (libre, occupée, inconnu).</translation>
    </message>
    <message>
        <source>parking: --project FILE is required.</source>
        <translation>parking : --project FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>It looks like longitude/latitude; the map CRS is %1 — give %2 in its units.</source>
        <translation>Cela ressemble à une longitude/latitude ; le SCR de la carte est %1 — donnez %2 dans ses unités.</translation>
    </message>
    <message>
        <source>Coordinates are in the map CRS, %1.</source>
        <translation>Les coordonnées sont dans le SCR de la carte, %1.</translation>
    </message>
    <message>
        <source>--extent %1,%2,%3,%4 is empty: give x1,y1,x2,y2 with x1 &lt; x2 and y1 &lt; y2.</source>
        <translation>--extent %1,%2,%3,%4 est vide : donnez x1,y1,x2,y2 avec x1 &lt; x2 et y1 &lt; y2.</translation>
    </message>
    <message>
        <source>--extent %1,%2,%3,%4 does not intersect any layer (they cover %5,%6,%7,%8).</source>
        <translation>--extent %1,%2,%3,%4 ne recoupe aucune couche (elles couvrent %5,%6,%7,%8).</translation>
    </message>
    <message>
        <source>--center %1,%2 is outside every layer (they cover %3,%4,%5,%6).</source>
        <translation>--center %1,%2 est en dehors de toutes les couches (elles couvrent %3,%4,%5,%6).</translation>
    </message>
    <message>
        <source>warning: %1 skipped: %2</source>
        <translation>avertissement : %1 ignoré : %2</translation>
    </message>
    <message>
        <source>malformed JSON (%1 at byte %2)</source>
        <translation>JSON mal formé (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>daily elaborated values (obs_elab) are not replayed</source>
        <translation>les valeurs journalières élaborées (obs_elab) ne sont pas rejouées</translation>
    </message>
    <message>
        <source>%1: no stations and no observations</source>
        <translation>%1 : aucune station et aucune observation</translation>
    </message>
    <message>
        <source>--lang takes fr or en.</source>
        <translation>--lang prend fr ou en.</translation>
    </message>
    <message>
        <source>No known breach of the profile; %1 m could not be verified (missing data).</source>
        <translation>Aucun manquement connu au profil ; %1 m n’ont pas pu être vérifiés (données manquantes).</translation>
    </message>
    <message>
        <source>The elevation model %1 does not cover the whole route: slopes the OSM data does not give are unknown there.</source>
        <translation>Le modèle numérique de terrain %1 ne couvre pas tout l’itinéraire : les pentes que les données OSM ne donnent pas y sont inconnues.</translation>
    </message>
    <message>
        <source>--from %1 is not before --to %2: the recorded period would be empty.</source>
        <translation>--from %1 n’est pas avant --to %2 : la période enregistrée serait vide.</translation>
    </message>
    <message>
        <source>pack: the observation cache %1 does not exist.</source>
        <translation>pack : le cache d’observations %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Territoire, a desktop GIS for the Territoire de Belfort.</source>
        <translation>Territoire, un SIG de bureau pour le Territoire de Belfort.</translation>
    </message>
    <message>
        <source>Project to open.</source>
        <translation>Projet à ouvrir.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the map is drawn, then quit.</source>
        <translation>Enregistrer une image de la fenêtre une fois la carte dessinée, puis quitter.</translation>
    </message>
</context>
<context>
    <name>territoire::BayTableModel</name>
    <message>
        <source>No usable coordinates: not drawn on the map.</source>
        <translation>Pas de coordonnées utilisables : non dessinée sur la carte.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status time</source>
        <translation>Heure de l’état</translation>
    </message>
    <message>
        <source>PMR places</source>
        <translation>Places PMR</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>territoire::ColorButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>territoire::CoordinateLabel</name>
    <message>
        <source>Coordinates under the mouse</source>
        <translation>Coordonnées sous la souris</translation>
    </message>
    <message>
        <source>Lambert-93</source>
        <translation>Lambert-93</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 m, %3 m</source>
        <translation>%1 : %2 m, %3 m</translation>
    </message>
    <message>
        <source>WGS 84: lon %1°, lat %2°</source>
        <translation>WGS 84 : lon %1°, lat %2°</translation>
    </message>
</context>
<context>
    <name>territoire::ExportDialog</name>
    <message>
        <source>Export map as PDF</source>
        <translation>Exporter la carte en PDF</translation>
    </message>
    <message>
        <source>New layout</source>
        <translation>Nouvelle mise en page</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Vue actuelle</translation>
    </message>
    <message>
        <source>SVG or PNG file (optional)</source>
        <translation>Fichier SVG ou PNG (facultatif)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.svg *.png)</source>
        <translation>Images (*.svg *.png)</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Mise en page :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Sous-titre :</translation>
    </message>
    <message>
        <source>Author or service:</source>
        <translation>Auteur ou service :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Banner:</source>
        <translation>Bandeau :</translation>
    </message>
    <message>
        <source>Raster resolution:</source>
        <translation>Résolution des rasters :</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <source>x (mm)</source>
        <translation>x (mm)</translation>
    </message>
    <message>
        <source>y (mm)</source>
        <translation>y (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Largeur (mm)</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>Hauteur (mm)</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Enregistrer la mise en page</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; saved in the project.</source>
        <translation>Mise en page « %1 » enregistrée dans le projet.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>territoire::FeedEngine</name>
    <message>
        <source>timeout: no data for %1 s, showing cached data</source>
        <translation>délai dépassé : pas de données depuis %1 s, affichage des données en cache</translation>
    </message>
    <message>
        <source>too many redirects (%1)</source>
        <translation>trop de redirections (%1)</translation>
    </message>
    <message>
        <source>redirect from https to http refused (%1)</source>
        <translation>redirection de https vers http refusée (%1)</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>échec de la négociation TLS</translation>
    </message>
    <message>
        <source>proxy authentication required</source>
        <translation>authentification au proxy requise</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>code HTTP %1 inattendu</translation>
    </message>
    <message>
        <source>(retry %1 of %2 in %3 s)</source>
        <translation>(nouvel essai %1 sur %2 dans %3 s)</translation>
    </message>
</context>
<context>
    <name>territoire::FeedPanel</name>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Prochaine interrogation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Interrogation…</translation>
    </message>
</context>
<context>
    <name>territoire::HydrographWindow</name>
    <message>
        <source>Height (m)</source>
        <translation>Hauteur (m)</translation>
    </message>
    <message>
        <source>Flow (m³/s)</source>
        <translation>Débit (m³/s)</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Whole recording</source>
        <translation>Tout l’enregistrement</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Hydrograph — %1</source>
        <translation>Hydrogramme — %1</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Heure (locale)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>territoire::IdentifyDock</name>
    <message>
        <source>Identify</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Click on the map with the identify tool to see a feature&apos;s attributes.</source>
        <translation>Cliquez sur la carte avec l’outil d’identification pour voir les attributs d’une entité.</translation>
    </message>
    <message>
        <source>No feature at this place.</source>
        <translation>Aucune entité à cet endroit.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) found.</source>
        <translation>
            <numerusform>%n entité trouvée.</numerusform>
            <numerusform>%n entités trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Entité %1</translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation>Entité %1 (%2)</translation>
    </message>
</context>
<context>
    <name>territoire::LayerLoadMonitor</name>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>territoire::LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Opacité de la couche sélectionnée</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zoomer sur la couche</translation>
    </message>
    <message>
        <source>Layer properties…</source>
        <translation>Propriétés de la couche…</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Supprimer la couche</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Propriétés…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>territoire::LayerPropertiesDialog</name>
    <message>
        <source>Layer properties — %1</source>
        <translation>Propriétés de la couche — %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>as declared by the source</source>
        <translation>tel que déclaré par la source</translation>
    </message>
    <message>
        <source>Use this CRS instead of the source&apos;s own, e.g. EPSG:2154</source>
        <translation>Utiliser ce SCR au lieu de celui de la source, par ex. EPSG:2154</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>En usage : %1</translation>
    </message>
    <message>
        <source>No CRS known for this layer</source>
        <translation>Aucun SCR connu pour cette couche</translation>
    </message>
    <message>
        <source>CRS override</source>
        <translation>SCR imposé</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Text encoding of the attributes (shapefiles and CSV)</source>
        <translation>Encodage du texte des attributs (shapefiles et CSV)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Visible only between scales</source>
        <translation>Visible seulement entre les échelles</translation>
    </message>
    <message>
        <source>Zoomed out beyond (hidden)</source>
        <translation>Au-delà en zoom arrière (masquée)</translation>
    </message>
    <message>
        <source>Zoomed in beyond (hidden)</source>
        <translation>Au-delà en zoom avant (masquée)</translation>
    </message>
    <message>
        <source>Unknown coordinate reference system &quot;%1&quot;: %2</source>
        <translation>Système de coordonnées « %1 » inconnu : %2</translation>
    </message>
</context>
<context>
    <name>territoire::LayerTreeModel</name>
    <message>
        <source>CRS: %1</source>
        <translation>SCR : %1</translation>
    </message>
</context>
<context>
    <name>territoire::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop opening layers</source>
        <translation>Arrêter l’ouverture des couches</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Map coordinate reference system</source>
        <translation>Système de coordonnées de la carte</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>&amp;Ajouter une couche…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add &amp;PostGIS layer…</source>
        <translation>Ajouter une couche &amp;PostGIS…</translation>
    </message>
    <message>
        <source>&amp;Remove layer</source>
        <translation>&amp;Supprimer la couche</translation>
    </message>
    <message>
        <source>Layer &amp;properties…</source>
        <translation>&amp;Propriétés de la couche…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>Zoom sur l’&amp;emprise totale</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>Zoom sur la &amp;couche</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Rafraîchir</translation>
    </message>
    <message>
        <source>Map &amp;CRS…</source>
        <translation>&amp;SCR de la carte…</translation>
    </message>
    <message>
        <source>&amp;About Territoire</source>
        <translation>À &amp;propos de Territoire</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>&amp;Zoom to rectangle</source>
        <translation>&amp;Zoom sur un rectangle</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>&amp;Identify features</source>
        <translation>&amp;Identifier des entités</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Couche</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language will be used when Territoire is started again.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Territoire.</translation>
    </message>
    <message>
        <source>No recent project</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>About Territoire</source>
        <translation>À propos de Territoire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Territoire %1&lt;/h3&gt;&lt;p&gt;A desktop GIS for the Territoire de Belfort: layers from GDAL sources in Lambert-93, live river gauges and accessible parking bays, wheelchair routing, PDF maps and an offline mode.&lt;/p&gt;&lt;p&gt;Map data may include © OpenStreetMap contributors (ODbL), IGN Admin Express and Hub&apos;Eau.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Territoire %1&lt;/h3&gt;&lt;p&gt;Un SIG de bureau pour le Territoire de Belfort : couches de sources GDAL en Lambert-93, stations hydrométriques et places de stationnement accessibles en direct, itinéraires en fauteuil roulant, cartes PDF et mode hors ligne.&lt;/p&gt;&lt;p&gt;Les données cartographiques peuvent comprendre © les contributeurs d’OpenStreetMap (ODbL), IGN Admin Express et Hub&apos;Eau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Map CRS</source>
        <translation>SCR de la carte</translation>
    </message>
    <message>
        <source>Coordinate reference system of the map (for example EPSG:2154):</source>
        <translation>Système de coordonnées de référence de la carte (par exemple EPSG:2154) :</translation>
    </message>
    <message>
        <source>Unknown coordinate reference system &quot;%1&quot;: %2</source>
        <translation>Système de coordonnées « %1 » inconnu : %2</translation>
    </message>
    <message>
        <source>%1: the project could not be read.</source>
        <translation>%1 : le projet n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1: the layer could not be opened.</source>
        <translation>%1 : la couche n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>%1: the project could not be saved.</source>
        <translation>%1 : le projet n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Do you want to save them?</source>
        <translation>Le projet a des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>%1[*] — Territoire</source>
        <translation>%1[*] — Territoire</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Geographic data (*.gpkg *.shp *.geojson *.json *.fgb *.csv *.osm *.pbf *.tif *.tiff *.gml *.kml *.sqlite);;All files (*)</source>
        <translation>Données géographiques (*.gpkg *.shp *.geojson *.json *.fgb *.csv *.osm *.pbf *.tif *.tiff *.gml *.kml *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Ajouter une couche</translation>
    </message>
    <message>
        <source>%1: no layer found.</source>
        <translation>%1 : aucune couche trouvée.</translation>
    </message>
    <message>
        <source>Add PostGIS layer</source>
        <translation>Ajouter une couche PostGIS</translation>
    </message>
    <message>
        <source>Connection string, for example PG:host=localhost dbname=territoire user=gis</source>
        <translation>Chaîne de connexion, par exemple PG:host=localhost dbname=territoire user=gis</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
</context>
<context>
    <name>territoire::MessagesDock</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>territoire::OfflineController</name>
    <message>
        <source>Open offline pack…</source>
        <translation>Ouvrir un paquet hors ligne…</translation>
    </message>
    <message>
        <source>Write offline pack…</source>
        <translation>Écrire un paquet hors ligne…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>No network request of any kind leaves Territoire</source>
        <translation>Aucune requête réseau d’aucune sorte ne sort de Territoire</translation>
    </message>
    <message>
        <source>Add basemap</source>
        <translation>Ajouter un fond de carte</translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <source>Plan IGN (Géoplateforme)</source>
        <translation>Plan IGN (Géoplateforme)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Set a gauge value…</source>
        <translation>Fixer la hauteur d’une station…</translation>
    </message>
    <message>
        <source>Close a footway or street…</source>
        <translation>Fermer un cheminement ou une rue…</translation>
    </message>
    <message>
        <source>Mark a bay taken…</source>
        <translation>Marquer une place occupée…</translation>
    </message>
    <message>
        <source>Reset the exercise</source>
        <translation>Réinitialiser l’exercice</translation>
    </message>
    <message>
        <source>Offline: no network request leaves Territoire.</source>
        <translation>Hors ligne : aucune requête réseau ne sort de Territoire.</translation>
    </message>
    <message>
        <source>Online.</source>
        <translation>En ligne.</translation>
    </message>
    <message>
        <source>Open offline pack</source>
        <translation>Ouvrir un paquet hors ligne</translation>
    </message>
    <message>
        <source>Offline packs (*.gpkg)</source>
        <translation>Paquets hors ligne (*.gpkg)</translation>
    </message>
    <message>
        <source>Cannot open the pack %1.</source>
        <translation>Impossible d’ouvrir le paquet %1.</translation>
    </message>
    <message>
        <source>Offline pack opened: replay of %1 to %2.</source>
        <translation>Paquet hors ligne ouvert : rejeu du %1 au %2.</translation>
    </message>
    <message>
        <source>Set a gauge value</source>
        <translation>Fixer la hauteur d’une station</translation>
    </message>
    <message>
        <source>Station code:</source>
        <translation>Code de la station :</translation>
    </message>
    <message>
        <source>Height (m):</source>
        <translation>Hauteur (m) :</translation>
    </message>
    <message>
        <source>Close a footway or street</source>
        <translation>Fermer un cheminement ou une rue</translation>
    </message>
    <message>
        <source>OpenStreetMap way id:</source>
        <translation>Identifiant de voie OpenStreetMap :</translation>
    </message>
    <message>
        <source>Mark a bay taken</source>
        <translation>Marquer une place occupée</translation>
    </message>
    <message>
        <source>Bay id:</source>
        <translation>Identifiant de la place :</translation>
    </message>
    <message>
        <source>Exercise reset to its start.</source>
        <translation>Exercice réinitialisé à son début.</translation>
    </message>
    <message>
        <source>Set a gauge curve…</source>
        <translation>Imposer une courbe de hauteur…</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Station :</translation>
    </message>
    <message>
        <source>Set a gauge curve</source>
        <translation>Imposer une courbe de hauteur</translation>
    </message>
    <message>
        <source>Heights (m) from now, as minutes=height separated by spaces:</source>
        <translation>Hauteurs (m) à partir de maintenant, sous la forme minutes=hauteur séparées par des espaces :</translation>
    </message>
    <message>
        <source>Close exercise</source>
        <translation>Fermer l’exercice</translation>
    </message>
    <message>
        <source>Exercise closed: live data, online.</source>
        <translation>Exercice fermé : données en direct, en ligne.</translation>
    </message>
</context>
<context>
    <name>territoire::PackDialog</name>
    <message>
        <source>Write offline pack</source>
        <translation>Écrire un paquet hors ligne</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Offline pack</source>
        <translation>Paquet hors ligne</translation>
    </message>
    <message>
        <source>Offline packs (*.gpkg)</source>
        <translation>Paquets hors ligne (*.gpkg)</translation>
    </message>
    <message>
        <source>Pack file:</source>
        <translation>Fichier du paquet :</translation>
    </message>
    <message>
        <source>project extent, a polygon layer, or xmin,ymin,xmax,ymax</source>
        <translation>emprise du projet, une couche de polygones, ou xmin,ymin,xmax,ymax</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Zone :</translation>
    </message>
    <message>
        <source>Recorded from:</source>
        <translation>Enregistré depuis :</translation>
    </message>
    <message>
        <source>Recorded to:</source>
        <translation>Enregistré jusqu’à :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Basemap zoom levels:</source>
        <translation>Niveaux de zoom du fond de carte :</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled: no pack was written.</source>
        <translation>Annulé : aucun paquet n’a été écrit.</translation>
    </message>
    <message>
        <source>Pack written: %1 vector layers, %2 rasters, %3 basemap tiles, %4 observations.
Size before: %5, after: %6.</source>
        <translation>Paquet écrit : %1 couches vecteur, %2 rasters, %3 tuiles de fond de carte, %4 observations.
Taille avant : %5, après : %6.</translation>
    </message>
</context>
<context>
    <name>territoire::PageSetupEditor</name>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>Format personnalisé :</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation :</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Marges :</translation>
    </message>
</context>
<context>
    <name>territoire::ParkingController</name>
    <message numerus="yes">
        <source>Parking inventories: %n row(s) with a problem (see the layer warnings).</source>
        <translation>
            <numerusform>Inventaires de stationnement : %n ligne avec un problème (voir les avertissements de la couche).</numerusform>
            <numerusform>Inventaires de stationnement : %n lignes avec un problème (voir les avertissements de la couche).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoire::ParkingDock</name>
    <message>
        <source>PMR parking</source>
        <translation>Stationnement PMR</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Zones (2 % rule)</source>
        <translation>Zones (règle des 2 %)</translation>
    </message>
    <message>
        <source>Nearest free bay</source>
        <translation>Place libre la plus proche</translation>
    </message>
    <message>
        <source>Reading the parking inventories…</source>
        <translation>Lecture des inventaires de stationnement…</translation>
    </message>
    <message>
        <source>Searching the walking paths…</source>
        <translation>Recherche des cheminements…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>any distance</source>
        <translation>toute distance</translation>
    </message>
    <message>
        <source>Distance from the destination, or from the map centre when no destination is chosen.</source>
        <translation>Distance depuis la destination, ou depuis le centre de la carte quand aucune destination n’est choisie.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>within</source>
        <translation>à moins de</translation>
    </message>
    <message>
        <source>Refresh feeds</source>
        <translation>Actualiser les flux</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Bays to show</source>
        <translation>Places à afficher</translation>
    </message>
    <message>
        <source>Choose the destination on the map…</source>
        <translation>Choisir la destination sur la carte…</translation>
    </message>
    <message>
        <source>Click the button, then the place the visitor must reach.</source>
        <translation>Cliquez sur le bouton, puis sur le lieu que le visiteur doit atteindre.</translation>
    </message>
    <message>
        <source>No walking network: set &quot;routing&quot;.&quot;network&quot; in the project&apos;s parking section.</source>
        <translation>Pas de réseau piéton : renseignez « routing ».&quot;network&quot; dans la section stationnement du projet.</translation>
    </message>
    <message>
        <source>Click the destination of the visitor</source>
        <translation>Cliquez sur la destination du visiteur</translation>
    </message>
    <message>
        <source>compliant path</source>
        <translation>cheminement conforme</translation>
    </message>
    <message>
        <source>no compliant path: %1</source>
        <translation>pas de cheminement conforme : %1</translation>
    </message>
    <message>
        <source>%1. %2 — %3 m walk (%4 m straight), %5</source>
        <translation>%1. %2 — %3 m à pied (%4 m à vol d’oiseau), %5</translation>
    </message>
    <message>
        <source>Status %1 since %2</source>
        <translation>État %1 depuis %2</translation>
    </message>
    <message>
        <source>No bay is known to be free now.</source>
        <translation>Aucune place n’est connue comme libre actuellement.</translation>
    </message>
    <message>
        <source>No free bay can be reached from the network.</source>
        <translation>Aucune place libre n’est accessible depuis le réseau.</translation>
    </message>
    <message numerus="yes">
        <source>%n free bay(s) considered; updated when a status changes.</source>
        <translation>
            <numerusform>%n place libre examinée ; mise à jour quand un état change.</numerusform>
            <numerusform>%n places libres examinées ; mise à jour quand un état change.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bays: %2 free, %3 taken, %4 unknown. Newest status: %5.</source>
        <translation>%1 places : %2 libres, %3 occupées, %4 inconnues. État le plus récent : %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>PMR places</source>
        <translation>Places PMR</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Toutes les places</translation>
    </message>
    <message>
        <source>Required (2 %)</source>
        <translation>Requises (2 %)</translation>
    </message>
    <message>
        <source>Meets the rule</source>
        <translation>Respecte la règle</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n car park(s) without a PMR count.</source>
        <translation>
            <numerusform>%n parking sans nombre de places PMR.</numerusform>
            <numerusform>%n parkings sans nombre de places PMR.</numerusform>
        </translation>
    </message>
    <message>
        <source>No zone layer: set &quot;zones&quot; in the project&apos;s parking section (communes or any polygon layer).</source>
        <translation>Pas de couche de zones : renseignez « zones » dans la section stationnement du projet (communes ou toute couche de polygones).</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) below 2 % of PMR places (rounded up).</source>
        <translation>
            <numerusform>%n zone sous 2 % de places PMR (arrondi au supérieur).</numerusform>
            <numerusform>%n zones sous 2 % de places PMR (arrondi au supérieur).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No entry of this zone gives its total number of places.</source>
        <translation>Aucune entrée de cette zone ne donne son nombre total de places.</translation>
    </message>
    <message numerus="yes">
        <source>%n car park(s) below 2 %.</source>
        <translation>
            <numerusform>%n parc sous 2 %.</numerusform>
            <numerusform>%n parcs sous 2 %.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>territoire::ProfileDialog</name>
    <message>
        <source>Limits of the profile %1</source>
        <translation>Limites du profil %1</translation>
    </message>
    <message>
        <source>Largest climbing slope</source>
        <translation>Pente montante maximale</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Largest descending slope</source>
        <translation>Pente descendante maximale</translation>
    </message>
    <message>
        <source>Highest kerb</source>
        <translation>Bordure la plus haute</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>Narrowest free width</source>
        <translation>Largeur libre minimale</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Largest cross-fall</source>
        <translation>Dévers maximal</translation>
    </message>
    <message>
        <source>Steps allowed</source>
        <translation>Marches autorisées</translation>
    </message>
    <message>
        <source>Firm and smooth only</source>
        <translation>Ferme et lisse seulement</translation>
    </message>
    <message>
        <source>Firm, even if uneven (sett)</source>
        <translation>Ferme, même irrégulier (pavés)</translation>
    </message>
    <message>
        <source>Also loose (gravel)</source>
        <translation>Aussi meuble (gravier)</translation>
    </message>
    <message>
        <source>Any surface</source>
        <translation>Tout revêtement</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Revêtement</translation>
    </message>
    <message>
        <source>Extra cost, as a share of the length, for each rule that cannot be checked on a stretch.</source>
        <translation>Coût supplémentaire, en part de la longueur, pour chaque règle qui ne peut pas être vérifiée sur un tronçon.</translation>
    </message>
    <message>
        <source>Penalty for unknown data</source>
        <translation>Pénalité pour données inconnues</translation>
    </message>
    <message>
        <source> m/s</source>
        <translation> m/s</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Unchecked: no limit</source>
        <translation>Non coché : sans limite</translation>
    </message>
    <message>
        <source>Highest chamfered kerb</source>
        <translation>Ressaut chanfreiné le plus haut</translation>
    </message>
    <message>
        <source>A bevelled or rounded kerb (kerb=rolled, kerb:shape, kerb:chamfer) with a tagged height up to this passes. Unchecked: no allowance.</source>
        <translation>Un ressaut chanfreiné ou arrondi (kerb=rolled, kerb:shape, kerb:chamfer) dont la hauteur renseignée ne dépasse pas cette valeur est accepté. Décoché : aucune tolérance.</translation>
    </message>
    <message>
        <source>Narrowest width where nothing narrows the way</source>
        <translation>Largeur minimale en l’absence de rétrécissement</translation>
    </message>
    <message>
        <source>Applies where no barrier, obstacle, street furniture or parking narrows the way. Unchecked: no allowance.</source>
        <translation>S’applique là où aucune barrière, aucun obstacle, mobilier urbain ou stationnement ne rétrécit le cheminement. Décoché : aucune tolérance.</translation>
    </message>
</context>
<context>
    <name>territoire::RoutePanel</name>
    <message>
        <source>Accessible route</source>
        <translation>Itinéraire accessible</translation>
    </message>
    <message>
        <source>Pedestrian network</source>
        <translation>Réseau piéton</translation>
    </message>
    <message>
        <source>OpenStreetMap file (.osm or .osm.pbf)</source>
        <translation>Fichier OpenStreetMap (.osm ou .osm.pbf)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>OpenStreetMap data</source>
        <translation>Données OpenStreetMap</translation>
    </message>
    <message>
        <source>OpenStreetMap (*.osm *.pbf)</source>
        <translation>OpenStreetMap (*.osm *.pbf)</translation>
    </message>
    <message>
        <source>OSM data</source>
        <translation>Données OSM</translation>
    </message>
    <message>
        <source>optional: slopes from an elevation model</source>
        <translation>facultatif : pentes tirées d’un modèle numérique de terrain</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <source>Load network</source>
        <translation>Charger le réseau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No network loaded.</source>
        <translation>Aucun réseau chargé.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>lon,lat</source>
        <translation>lon,lat</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Choisir sur la carte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Limits…</source>
        <translation>Limites…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Find route</source>
        <translation>Calculer l’itinéraire</translation>
    </message>
    <message>
        <source>Bay coverage</source>
        <translation>Desserte des places</translation>
    </message>
    <message>
        <source>The network reachable on compliant paths from each disabled bay</source>
        <translation>Le réseau accessible par des cheminements conformes depuis chaque place PMR</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Choose an OpenStreetMap file for the pedestrian network.</source>
        <translation>Choisissez un fichier OpenStreetMap pour le réseau piéton.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 walkable ways, %2 edges, %3 disabled bays.</source>
        <translation>%1 voies praticables, %2 tronçons, %3 places PMR.</translation>
    </message>
    <message>
        <source>%1 slopes from the elevation model.</source>
        <translation>%1 pentes tirées du modèle numérique de terrain.</translation>
    </message>
    <message>
        <source>%1 tag values could not be read (treated as unknown).</source>
        <translation>%1 valeurs d’attributs n’ont pas pu être lues (considérées comme inconnues).</translation>
    </message>
    <message>
        <source>Click the point on the map</source>
        <translation>Cliquez sur le point sur la carte</translation>
    </message>
    <message>
        <source>Give the start and the end as &quot;lon,lat&quot; or pick them on the map.</source>
        <translation>Donnez le départ et l’arrivée en « lon,lat » ou choisissez-les sur la carte.</translation>
    </message>
    <message>
        <source>%1 m, about %2 min with %3. %4</source>
        <translation>%1 m, environ %2 min avec %3. %4</translation>
    </message>
    <message>
        <source>The route meets the profile.</source>
        <translation>L’itinéraire respecte le profil.</translation>
    </message>
    <message>
        <source>No route meets the profile: this is the least bad one.</source>
        <translation>Aucun itinéraire ne respecte le profil : voici le moins mauvais.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>way %1</source>
        <translation>voie %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;What prevents a compliant route:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Ce qui empêche un itinéraire conforme :&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Every rule is met where the data says; the warnings list where the data is missing and the route took a penalty instead.</source>
        <translation>Chaque règle est respectée là où les données le disent ; les avertissements indiquent où les données manquent et où l’itinéraire a pris une pénalité à la place.</translation>
    </message>
    <message>
        <source>Load a pedestrian network first.</source>
        <translation>Chargez d’abord un réseau piéton.</translation>
    </message>
    <message>
        <source>The network holds no disabled parking bay (amenity=parking_space with wheelchair=designated).</source>
        <translation>Le réseau ne contient aucune place de stationnement PMR (amenity=parking_space avec wheelchair=designated).</translation>
    </message>
    <message>
        <source>Coverage of %1 bays within %2 m computed.</source>
        <translation>Desserte de %1 places à moins de %2 m calculée.</translation>
    </message>
    <message>
        <source>Export to GeoPackage</source>
        <translation>Exporter en GeoPackage</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Computing the coverage of %1 bays…</source>
        <translation>Calcul de la desserte de %1 places…</translation>
    </message>
    <message>
        <source>Coverage cancelled.</source>
        <translation>Calcul de la desserte annulé.</translation>
    </message>
    <message>
        <source>Allowance of the norm used: %1</source>
        <translation>Tolérance de la norme utilisée : %1</translation>
    </message>
    <message>
        <source>Some stretches meet the norm only through its allowances (a chamfered kerb, a narrower width where nothing narrows the way): check them on site.</source>
        <translation>Certains tronçons ne respectent la norme que grâce à ses tolérances (ressaut chanfreiné, largeur réduite en l’absence de rétrécissement) : vérifiez-les sur place.</translation>
    </message>
    <message>
        <source>No known breach of the profile; %1 m could not be verified (missing data).</source>
        <translation>Aucun manquement connu au profil ; %1 m n’ont pas pu être vérifiés (données manquantes).</translation>
    </message>
</context>
<context>
    <name>territoire::ScaleWidget</name>
    <message>
        <source>Map scale: type a value such as 1:5000 and press Enter</source>
        <translation>Échelle de la carte : tapez une valeur comme 1:5000 puis Entrée</translation>
    </message>
</context>
<context>
    <name>territoire::StyleEditor</name>
    <message>
        <source>Single symbol</source>
        <translation>Symbole unique</translation>
    </message>
    <message>
        <source>Categorised by field</source>
        <translation>Catégorisé par champ</translation>
    </message>
    <message>
        <source>Graduated on a number</source>
        <translation>Gradué sur un nombre</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Couleur de remplissage</translation>
    </message>
    <message>
        <source>Line colour</source>
        <translation>Couleur de ligne</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Épaisseur de ligne</translation>
    </message>
    <message>
        <source>Marker size</source>
        <translation>Taille du symbole</translation>
    </message>
    <message>
        <source>Classes: </source>
        <translation>Classes : </translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classer</translation>
    </message>
    <message>
        <source>Make one class per value (categorised) or equal intervals (graduated) from the layer&apos;s data</source>
        <translation>Créer une classe par valeur (catégorisé) ou des intervalles égaux (gradué) à partir des données de la couche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Double-click a colour to change it.</source>
        <translation>Double-cliquez sur une couleur pour la changer.</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text from field</source>
        <translation>Texte tiré du champ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Couleur du texte</translation>
    </message>
    <message>
        <source>Halo colour</source>
        <translation>Couleur du halo</translation>
    </message>
    <message>
        <source>Halo width</source>
        <translation>Épaisseur du halo</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>territoire::SublayerDialog</name>
    <message>
        <source>Choose layers</source>
        <translation>Choisir les couches</translation>
    </message>
    <message>
        <source>%1 holds several layers. Choose the ones to add:</source>
        <translation>%1 contient plusieurs couches. Choisissez celles à ajouter :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>territoire::ThresholdEditor</name>
    <message>
        <source>Gauge thresholds</source>
        <translation>Seuils des stations</translation>
    </message>
    <message>
        <source>Quantity (H or Q)</source>
        <translation>Grandeur (H ou Q)</translation>
    </message>
    <message>
        <source>Value (m or m³/s)</source>
        <translation>Valeur (m ou m³/s)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New threshold</source>
        <translation>Nouveau seuil</translation>
    </message>
</context>
<context>
    <name>territoire::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Play or pause the replay</source>
        <translation>Lancer ou mettre en pause le rejeu</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Vitesse du rejeu</translation>
    </message>
    <message>
        <source>Recorded period</source>
        <translation>Période enregistrée</translation>
    </message>
    <message>
        <source>Jump to a time</source>
        <translation>Aller à une heure</translation>
    </message>
    <message>
        <source>Reset exercise</source>
        <translation>Réinitialiser l’exercice</translation>
    </message>
    <message>
        <source>Back to the start of the exercise, trainer events undone</source>
        <translation>Retour au début de l’exercice, événements du formateur annulés</translation>
    </message>
</context>
</TS>
