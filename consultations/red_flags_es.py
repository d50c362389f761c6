"""The Spanish words of the signs in red_flags.py, read in every description whatever the form's language.

A patient may write Spanish on the English form, English on the Spanish one, or both in one sentence,
so these patterns are added to the English ones rather than chosen by language. Text arrives as
red_flags._normalize leaves it: lower case, without accents ("vejiga", "pipi", "ano" for "año" as
well as for the anus), with typing slips of long words already corrected to the English vocabulary
("temperatura" reads "temperature", "compensacion" reads "compensation", "orine" reads "urine").
Words are Mexican and Central American as much as textbook: "hacer pipí", "hacer del baño",
"la chamba", "las pompis", "aseguranza". tests/consultations/triage_corpus_es.txt measures them.
"""

# --- Pieces that red_flags.py adds to its English ones, so that mixed sentences are read too --------

# Where a patient feels the bladder or bowel.
TOILET = r"vejiga|orina|orines|urine|pipi|pis|chis|popo|caca|intestinos?|esfinteres?|heces|excremento"
# Losing feeling: "entumido", "se me durmió", "hormigueo", "no siento nada".
NUMB = (
    r"entum\w*|adormec\w*|adormes\w*|dormid[oa]s?|durmi\w*|hormig\w*|cosquill\w*|piquetes|insensib\w*|"
    r"sin (?:sensibilidad|sensacion)|(?:no (?:tengo|tiene)|perd\w*(?: la)?) (?:sensibilidad|sensacion)|"
    r"no (?:siento|siente|sentia)(?: nada| bien)?|(?:como )?(?:con )?anestesia\w*"
)
# Numbness named after the place: "la ingle entumida", "las pompis dormidas".
NUMB_AFTER = (
    r"entum\w*|adormec\w*|dormid[oa]s?|hormig\w*|muert[oa]s?|sin (?:sensibilidad|sensacion)|"
    r"(?:como )?(?:con )?anestesia\w*"
)
# The saddle area. "Ingle" needs its article ("hablo inglés" is no groin); "ano" is the anus only
# after "alrededor del" (otherwise it is usually "año").
BODY_LOW = (
    r"(?:la|las|mi|mis|su|sus|ambas|en la|en las) ingles?|entrepierna|genitales|"
    r"zona (?:genital|intima|privada|de la silla(?: de montar)?|donde (?:uno se|me|se) (?:sienta|siento))|"
    r"(?:partes|parte|area|zona) (?:intimas?|privadas?|nobles)|(?:mis|sus) partes|"
    r"(?:las |mis |sus |la |mi |su )?partes? de abajo(?! de (?:la|mi|su) (?:espalda|columna|pierna|pie))|"
    r"vagina|vulva|pene|testiculos|escroto|perine\w*|alrededor del ano|recto|fundillo|culo|"
    r"(?:las|mis|sus|ambas|las dos) (?:nalgas|pompas|pompis|sentaderas|asentaderas)|"
    r"(?:todo )?el (?:area del )?trasero|silla de montar|entre (?:las|mis|sus) piernas|entre los muslos|"
    r"(?:parte|lado) (?:de )?(?:adentro|interna|interior) de (?:los|mis|sus|las) muslos|muslos por dentro|"
    r"ahi abajo|alla abajo|de la cintura (?:para|hacia) abajo"
)
LEG = r"piernas?|pies?|rodillas?|tobillos?|muslos?|canillas?|pantorrillas?|dedos del pie|dedos de los pies"
# What legs do when they give way, named after the leg: "las piernas no me responden", "la rodilla se
# me dobla", "las piernas aguadas".
GIVING_WAY = (
    r"debil\w*|se (?:me |le )?(?:dobl\w*|afloj\w*|venc\w*|van|fueron|va de lado|cuelgan?)\b|"
    r"(?:me|le) (?:fallan?|fallaron|fallo)\b|no (?:la|lo|las|los) (?:puedo|puede|pude|pudo) "
    r"(?:mover|levantar|sentir)|(?:ya )?no (?:me |le )?(?:responden?|respondieron|respondio|sostienen?|"
    r"obedecen?|aguantan?|funcionan?|sirven?|sube|suben|dan|tienen? fuerza)\b|"
    r"dejaron de (?:funcionar|responder)|dejo de (?:funcionar|responder)|(?:esta |estan )?como muert[oa]s?|"
    r"aguad\w*|floj[oa]s?\b|sin fuerzas?|paraliz\w*|(?:como )?de (?:gelatina|trapo|hule)|arrastr\w*"
)
# Weakness named before the leg: "debilidad en la pierna", "se me doblan las rodillas", "arrastro el pie".
# "No siento las piernas" cannot feel them; "no siento las piernas débiles" says how they feel.
WEAK = (
    r"debil\w*|sin fuerzas?|(?:no tengo|no tiene|perdi|perdio|pierdo|perdida de|me falta|le falta)"
    r"(?: la)? fuerzas?|no (?:me|le) (?:responden?|sirven?|obedecen?|sostienen?)|"
    r"se (?:me|le) (?:dobl\w*|afloj\w*|venc\w*|aguad\w*|cuelgan?|van|fueron|cae|caen)|"
    r"(?:me|le) (?:fallan?|fallaron)|arrastr\w*|paralisis|paraliz\w*|me cuesta(?: \w+)? (?:levantar|mover)|"
    r"no (?:puedo|puede|pude|pudo|podia) (?:mover|levantar|sentir|controlar|doblar)|"
    r"no (?:siento|siente) (?:las|mis|sus)(?! \w+ (?:debil\w*|cansad\w*|pesad\w*|flojas?|mal|raras?|igual))"
)
# Words that start a clause of their own, which a sign's words do not run across.
CLAUSE_START = (
    r"pero|cuando|porque|aunque|mientras|luego|despues|"
    r"y (?:ya|ahora|hoy|ayer|no|me|mi|mis|tengo|tiene|siento|estoy|esta|desde|luego|despues|tambien)"
)

# --- Signs -------------------------------------------------------------------------------------------

_PEE = r"(?:orinar|urinate|pee|orin\w*|urin\w*|hacer (?:pipi|pis|chis|del uno))"
# Going to the toilet at all: not being able to is as often constipation or pain as a sign.
_GO = r"(?:hacer (?:popo|caca|del bano|del dos|del cuerpo)|ir (?:al bano|del cuerpo))"
_CLOTHES = r"(?:la|las|los|el|mi|mis|su|sus) (?:ropa|pantalon\w*|calzon\w*|chones|cama|pants)"
_CAN_NOT = (
    r"(?:(?:no|ni(?: siquiera)?) (?:puedo|puede|pude|pudo|podia|podemos|he podido|ha podido)|sin poder)"
)
_VEHICLE = r"(?:carro|camion|coche|auto|troca|bus|moto|camioneta|trailer)"
_COMPRESSION = (
    r"compresion (?:de la )?medula\w*|compresion medular|medula (?:espinal )?comprimida|"
    r"(?:sindrome de )?(?:la )?cauda equina|(?:sindrome de (?:la )?)?cola de caballo"
)

CAUDA_EQUINA = [
    # Named by a doctor, a scan or the patient; "me preocupa la cauda equina" names nothing.
    r"\b(?:tengo|tiene|tenga|diagnostic\w*|mostro|muestra|salio|dijo|dijeron|cree|creen|piensa|sospech\w*|"
    rf"creo|signos? de|sintomas? de)(?: (?!(?:no|sin|nunca)\b)\w+){{0,4}} (?:{_COMPRESSION})\b",
    r"\b(?:sindrome de (?:la )?(?:cauda equina|cola de caballo)|compresion (?:de la )?medula\w*|"
    r"compresion medular|medula (?:espinal )?comprimida)\b(?! (?:fue |se |ha sido )?descartad)",
]
BLADDER = [
    # "Perdí el control de la vejiga", "no tengo control para orinar", "descontrol de esfínteres".
    r"\b(?:perd\w*|pierd\w*|falta de|poco|lost|lose|losing|loss of)(?: \w+){0,2} control(?: \w+){0,2} "
    rf"(?:de|del|sobre|para|en)(?: \w+){{0,2}} (?:{TOILET}|{_PEE}|{_GO})",
    r"\b(?:descontrol|sin control|(?:ya )?no (?:tengo|tiene)(?: \w+)? control) (?:de |del |sobre |para )?"
    rf"(?:los |la |el |mi )?(?:{TOILET}|{_PEE}|{_GO})",
    r"\bno (?:puedo |puede |pude |podia )?control\w*"
    rf"(?: (?:ni|bien|ya|mi|mis|la|el|las|los|su|sus|my|his|her|the))* (?:{TOILET}|bladder|bowels?)",
    # "Me orino encima", "se hizo pipí en la cama", "me había orinado sin sentir".
    r"\b(?:me|se|te|le) (?:(?:he|ha|habia|hemos) )?(?:orin\w*|urin\w*|mi?ad[oa]|meo|mee|meaba|zurr\w*|"
    r"cag\w*|moj\w*|(?:hag\w*|hic\w*|hiz\w*|hace|hacia) (?:pipi|pis|chis|popo|caca|del bano|del uno|del dos))"
    rf"(?: \w+){{0,3}} (?:encima|en {_CLOTHES}|sin (?:darme|darse|sentir|querer|saber|control)|"
    r"solos?|solas?|dormid[oa]s?)\b",
    r"\b(?:me|se|le) (?:hag\w*|hic\w*|hiz\w*|hace|hacia) encima\b",
    r"\b(?:orin\w*|urin\w*|moj\w*|hiz\w*|hic\w*)(?: \w+){0,4} (?:y )?no (?:me|se) (?:di|dio|doy|da) cuenta\b",
    r"\b(?:orinando|urinating|peeing|pooping|meando|miando|haciendo (?:pipi|chis|del bano))(?: \w+){0,2} "
    r"(?:sin (?:control|darme|sentir|querer)|encima)",
    r"\bno (?:me doy|se da|me di|se dio) cuenta (?:cuando|si|que|de que) (?:me|se) "
    r"(?:orin\w*|urin\w*|hag\w*|hic\w*|hiz\w*|hace|moj\w*|sale)",
    # "Se me sale la orina", "la orina se me sale sola", "fuga de orina".
    rf"\bse (?:me|le|nos) (?:sale|salio|salen|escap\w*|va|fue)(?: \w+){{0,3}} (?:la |el |los |las )?"
    rf"(?:{TOILET})\b",
    rf"\b(?:{TOILET})(?: \w+)? se (?:me|le) (?:sale|salio|salen|escapa|escapo|va|fue)\b",
    r"\bfugas? de (?:orina|heces|popo|excremento)\b",
    r"\bno (?:puedo |puede |pude |podia )?(?:aguant\w*|detener|retener|contener|sostener|reteng\w*|"
    rf"retien\w*|conteng\w*|contien\w*)(?: \w+)? (?:la |el |las )?(?:{TOILET}|ganas)\b",
    # "No puedo orinar", "se me dificulta orinar", "tengo que pujar para orinar".
    rf"\b(?:{_CAN_NOT}|(?:me|le) cuesta(?: \w+)?|se (?:me|le) dificulta|dificultad (?:para|al)|"
    r"problemas? para|trabajo para|tengo que (?:pujar|esforzarme|hacer fuerza)(?: \w+)? para)"
    rf"(?: {_GO} (?:ni|o|y))?(?: \w+){{0,2}} (?:{_PEE}|vaciar (?:la|mi|su) vejiga)\b",
    r"\bno (?:he|ha|hemos|han) (?:podido )?(?:orinado|urinado|hecho (?:pipi|pis|del bano)|ido al bano)\b|"
    r"\bsin (?:orinar|hacer pipi)\b",
    r"\bno (?:me |le )?sale (?:la |el )?(?:orina|urine|pipi|pis)\b",
    r"\b(?:vejiga|orinar|orina|urine|pipi)(?: \w+){0,4} (?:y |pero )?no (?:me |le )?sale(?: nada)?\b",
    r"\b(?:orin\w*|urin\w*|pipi)(?: \w+){0,4} "
    r"(?:con (?:mucho )?esfuerzo|con dificultad|pujando|a fuerzas?)\b",
    r"\b(?:orin\w*|urin\w*) (?:a |por )?gotit?as?\b|\bgotit?a (?:por|a) gotit?a\b",
    r"\bno (?:vacio|vacia|vacie|puedo vaciar)(?: \w+)? (?:la|mi|su) vejiga\b",
    r"\b(?:apretar|pujar|empujar|hacer fuerza)(?: \w+){0,4} para que (?:me |le )?salga (?:la |el )?"
    r"(?:orina|pipi)\b",
    # Not feeling the bladder: "no siento cuando tengo ganas de orinar", "la vejiga dormida".
    r"\bno (?:siento|siente|sentia|senti)(?: \w+){0,3} (?:ganas|necesidad|cuando|la vejiga|si)(?: \w+){0,4} "
    rf"(?:{_PEE}|{_GO}|esta llena)",
    r"\b(?:vejiga|intestinos?) (?:esta |la siento )?(?:dormid[oa]|entum\w*|adormecid[oa]|muert[oa])\b",
    r"\b(?:vejiga|intestinos?|esfinteres) (?:ya )?(?:no (?:me |le )?(?:funciona|sirve|responde|trabaja)|"
    r"dejo de funcionar)\b",
    r"\b(?:problemas?|dificultad\w*|cambios?|trastornos?|fallas?) (?:con|de|en) (?:la |mi |el |los )?"
    r"(?:vejiga|orina|intestinos?|esfinteres)\b",
    r"\bhuel\w* a (?:orina|urine|pipi|popo|caca|mion)\b",
    r"\b(?:moj\w*|orin\w*|urin\w*)(?: \w+){0,2} (?:la|en la|mi|en mi) cama\b",
    r"\b(?:amaneci\w*|desperte|me desperte|despierto|me levante) (?:tod[oa] )?"
    r"(?:mojad[oa]s?|orinad[oa]s?|miad[oa]s?)\b",
    r"\b(?:usar|uso|usa|usando|ponerme|me pongo|necesito|ando con|traigo)(?: \w+)? "
    r"(?:panal(?:es)?|pamper\w*|depends)\b",
    r"\bsonda (?:urinaria|vesical|foley)\b|\b(?:pusieron|poner|puso|ponerme|necesite|tengo)(?: \w+){0,2} "
    r"(?:una )?sonda\b|\bretencion (?:de orina|urinaria)\b",
    rf"\baccidentes? (?:con|en|de) (?:(?:la |el |mi |los |las )?(?:{TOILET})|{_CLOTHES})",
    r"\bno (?:alcanzo|alcanza|alcance|llego|llega|llegue)(?: a llegar)? al bano\b",
]
SADDLE = [
    # The rest is red_flags.py's own patterns with NUMB, NUMB_AFTER and BODY_LOW added.
    rf"\b(?:{BODY_LOW}) (?:se (?:me|le) )?(?:siente|siento|sienten)(?: \w+)?,? como "
    r"(?:dormid|entum|adormec|muert)\w*",
    r"\b(?:anestesia|entumecimiento|adormecimiento) (?:en|de) (?:la )?silla de montar\b",
    r"\bno (?:siento|siente|sentia|senti)(?: \w+){0,2} (?:el papel|la taza|el asiento|el excusado|el inodoro|"
    r"cuando (?:me|se) (?:limpio|limpia|seco|seca))\b",
]
# "No puedo caminar" is a sign; "no puedo caminar mucho", "...sin ayuda", "...por el dolor de rodilla"
# are not, as "can't walk far" and "because of the pain" are not in English.
_NOT_HOW_FAR = (
    r"(?! (?:mucho|mas|lejos|tanto|bien|sin|por (?:el|la|mi|mucho)|largo|rato|tiempo|derech[oa]|rapido))"
)
WEAKNESS = [
    r"\b(?:pie caido|pie en gota|pie pendular)\b",
    rf"\b(?:{LEG})(?: \w+){{0,4}} (?:cada vez )?mas debil",
    r"\b(?:no (?:puedo|puede|pude|pudo|podia|he podido|ha podido)|no (?:me|se) (?:puedo|puede|pude|pudo)) "
    r"(?:caminar|andar|pararme|pararse|parar|ponerme de pie|ponerse de pie|estar (?:parad[oa]|de pie)|"
    r"levantarme|mantenerme de pie|mantener de pie|sostenerme|sostener|dar (?:un )?pasos?|walk|stand)\b"
    rf"{_NOT_HOW_FAR}",
    rf"\bno (?:camino|camina|caminaba)\b{_NOT_HOW_FAR}",
    # Both legs losing feeling, or suddenly, as in English.
    r"\b(?:las dos|ambas) piernas(?: \w+){0,3} (?:entum\w*|adormec\w*|dormid\w*|durmieron)\b",
    r"\b(?:durmieron|adormecieron|entumieron)(?: \w+){0,2} (?:las dos|ambas) piernas\b",
    r"\bpiernas (?:se (?:me|le) )?(?:durmieron|adormecieron|entumieron) de repente\b",
    r"\b(?:me|se) (?:desplom\w*|colaps\w*|derrumb\w*)\b|\b(?:cai|cayo) de rodillas\b",
]
FEVER = [
    # "Fiebre del heno" is hay fever; chills "solo cuando hace frío" are the weather's.
    r"\b(?:fiebre\w*|calentur\w*|febril|afiebrad\w*|(?:tiembl|tembl)\w* de frio|calo?s?frios?|"
    r"escalo?s?frios?|sudores? (?:nocturnos?|(?:en|por) (?:la|las) noches?)|"
    r"sud\w* (?:mucho )?(?:en|por) (?:la|las) noches?)\b(?! del? heno)"
    r"(?! (?:solo )?(?:cuando|por(?:que)?) (?:hace|tengo|me da) frio)",
    r"\b(?:3[89]|4[01]|10[0-6])(?:[.,]\d)? (?:grados )?de (?:temperature|fiebre)\b",
    r"\b(?:tengo|tiene|con|me dio|le dio|ando con|estoy con) (?:la )?temperature\b|"
    r"\btemperature (?:alta|elevada|de (?:99\.\d|10[0-6]|3[89]))",
    r"\b(?:herida|cicatriz|incision|puntos|grapas|donde me (?:operaron|pusieron la inyeccion|inyectaron)|"
    r"sitio de la (?:inyeccion|operacion|cirugia))(?: \w+){0,6} (?:roj[oa]|rojiza|pus|supura\w*|hinchad[oa]|"
    r"caliente|infectad[oa]|huele mal|mal olor|abierta|drena\w*)\b",
    r"\b(?:supurando|supura|sale pus|tiene pus|con pus)\b",
    r"\b(?:infeccion (?:en|de) (?:la |el |los |mi )?(?:columna|espalda|hueso|huesos|disco|vertebras?)|"
    r"absceso|osteomielitis|discitis|espondilodiscitis)\b",
]
# Things that "se cayó" or whose "caída" hurts no back: hair, blood pressure, the stock market, a call.
_NOT_FALLEN = (
    r"(?! (?:del?|de la|de los|el|la|los|las|mi|mis) (?:pelo|cabello|presion|azucar|bolsa|precio|precios|"
    r"sistema|internet|pagina|llamada|red|seguro|aseguranza|cita|telefono|celular|mercado|dientes?))"
)
TRAUMA = [
    # "De carro" belongs to the accident, so "accidente de carro? no" is an answer about it.
    r"\baccidente(?: (?:de|en) (?:carro|coche|auto|moto|transito|bicicleta|trabajo))?\b"
    rf"(?! (?:cerebro\w*|vascular|en (?:{_CLOTHES})|con (?:la |el )?(?:{TOILET})))",
    r"\b(?:choque|choques|chocaron|choco|chocamos)\b(?! (?:electric\w*|anafilact\w*|septic\w*|de insulina))",
    rf"\b(?:me|le|nos) pegaron\b|\b(?:me|le) pego (?:un|una|el|la) {_VEHICLE}\b|"
    rf"\b(?:un|una|el|la) {_VEHICLE} (?:me|le|nos) (?:pego|pegaron|aventon|golpeo)\b|"
    rf"\b(?:me|le|lo|la|nos) (?:agarro|agarraron|arrollo|arrollaron|levanto) (?:un|una|el|la) {_VEHICLE}\b",
    r"\brear[- ]?end\w*|\b(?:un|el) llegue\b|\bderrap\w*|\bpercance\b|\batrope(?:ll|y)\w*",
    r"\bvolcadura\b|\bvuelco\b|\bvolco\b|"
    r"\b(?:el carro|la troca|el coche|el auto|la camioneta) (?:se )?volte\w*|"
    rf"\bme volte\w* en (?:el|la|mi) {_VEHICLE}\b|\b(?:me|nos|se|lo|la) estrell\w*",
    r"\b(?:bolsas de aire|airbags?) (?:se )?(?:abrieron|activaron|salieron|explotaron)\b",
    # Falls: "me caí", "se cayó mi abuelita", "una caída", "y caí de espaldas"; not "se me cayó el teléfono".
    rf"\b(?:me (?:cai|caigo|caia|he caido|cayi)|(?<!se )(?:me|le|te|nos) cay(?:o|eron)"
    r"(?! (?:mal|bien|de sorpresa|el veinte))|"
    rf"se cay(?:o|eron)|cai|caimos|caerme|caerse|caida){_NOT_FALLEN}\b",
    r"\b(?:me|se|le) (?:resbal\w*|tropec\w*|tropez\w*)|\b(?:rode|rodo|rodamos) por\b|"
    r"\bme (?:aventaron|tiraron|tumbaron|empujaron)\b|\bme avente\b|"
    r"\b(?:me|se) (?:fui|fue) de (?:espaldas|nalgas|boca|lado)\b|\bsenton(?:azo)?\b|"
    r"\b(?:costalazo|azoton|porrazo|batacazo|guamazo|chingazo)\b",
    r"\b(?:golpe|golpazo|madrazo|chingadazo|trancazo)s? (?:fuerte|muy fuerte|en la espalda|en la cabeza)\b|"
    r"\bme (?:golpee|pegue|azote|di un golpe)\b|\bme (?:golpearon|patearon|atacaron)\b",
]

# --- Injury context for staff --------------------------------------------------------------------

PERSONAL_INJURY = [
    r"\b(?:abogad[oa]s?|bufete|mi licenciad[oa]|demanda|lesiones personales|lesion personal|"
    r"caso (?:de |del )?(?:lesiones|lesion|accidente)|caso legal|juicio|"
    r"(?:reclamo|reclamacion|caso) (?:al|con el|con la|de|del|de la) (?:seguro|aseguranza)|"
    r"(?:seguro|aseguranza) del otro (?:conductor|carro|chofer|coche))\b",
]
WORK_INJURY = [
    r"\bcompensation\b|\b(?:accidente|lesion|lesiones|riesgo) (?:de|del|en el) (?:trabajo|chamba|jale)\b|"
    r"\b(?:accidente|lesion) laboral\b|\b(?:el|del|caso de|de|tengo|tiene|con|por) workers\b|"
    r"\bseguro del trabajo\b",
    r"\b(?:lastim\w*|lesion\w*|accident\w*|golpe\w*|cai|resbal\w*|hice dano|hizo dano)(?: \w+){0,4} "
    r"(?:en|de) (?:el|mi|la) (?:trabajo|chamba|jale|obra|fabrica|bodega|almacen|planta)\b",
]

# --- Denials, hypotheses and time (added to red_flags.py's English words) ------------------------

# "No tengo fiebre", "ni", "nunca", "sin", "niega"; hypotheses: "en caso de", "si alguna vez", "si me
# da fiebre", "miedo de caerme"; "ya se me quitó". A bare "si" is left alone: without its accent it is
# also "yes" ("si tengo fiebre"), and missing a sign is worse than a false alarm.
CUE = (
    r"ni|nunca|jamas|sin|tampoco|niega|niegan|negativo (?:para|a)|nada de|ningun\w*|en caso de(?: que)?|"
    r"por si(?: acaso)?|si (?:alguna vez|algun dia|llego a|llegara a|empiezo a|empieza a|comienzo a|me da|"
    r"me diera|le da|tuviera|tengo algun\w*|pierdo|perdiera|me llega)|"
    r"(?:tengo |me da |con )?miedo (?:de|a|que)|temo|(?:me|le) preocupa(?! que)|riesgo de|"
    r"para (?:prevenir|evitar)|vigil\w*(?: si| que)?|pendiente (?:de|si)|que pasa si|descart\w*|"
    r"(?:pregunt\w*|saber|ver) si|"
    # "Me dijo que si tengo fiebre vaya a urgencias": a doctor's "if", not a patient's "yes".
    r"que si (?:tengo|tiene|me da|le da|hay|empiezo|empieza|pierdo|pierde|siento|noto)|"
    r"(?:urgencias|emergencias?|hospital|er) si|(?:ya )?se (?:me |le )?(?:quito|paso|curo)"
)
# "No sé si", "no puedo", "no aguanto", "ni modo": a "no" that denies nothing after it.
NOT_A_CUE = (
    r"(?:no|sin|ni) (?:se|sabemos|sabe|sabia|estoy segur\w*|esta segur\w*|puedo|puede|pude|pudo|podia|"
    r"podemos|he podido|ha podido|me puedo|se puede|aguanto|aguanta|soporto|me deja|le deja|solo|nomas|mas|"
    r"se me quita|se le quita|se quita|duermo|poder|darme|darse|sentir|querer|modo|siquiera)"
)
# Spanish drops the pronoun, so "no, tengo fiebre" starts its clause with the verb.
AFTER_COMMA = r"tengo|tiene|tenemos|estoy|esta|ando|anda|me|se|le|ya|ahora|hoy|ayer|desde|creo"
NEW_CLAUSE = r"pero|sin embargo|aunque|excepto|ahora|ahorita|entonces|porque|hasta|esto|eso|" + CLAUSE_START
DENIED_AFTER = r"ninguno|ninguna|nada|bien|negativo"
WORSENING = (
    r"peor|empeor\w*|cada vez (?:mas|peor)|mas y mas|mas debil que antes|debilit\w*|de repente|repentin\w*|"
    r"subit\w*|de golpe|de la nada|empez\w*|empiez\w*|comenz\w*|comienz\w*|reciente\w*|ultimamente|"
    r"primera vez|nunca me (?:habia|ha) pasado|(?:es|esto es|son|algo) nuev[oa]s?|"
    r"(?:debilidad|entumecimiento|incontinencia|problemas?) nuev[oa]s?"
)
PRESENT_TENSE = r"esta|estan|tiene|tienen|tengo|sigue|sigo|ahora|ahorita"
RESOLVED = r"se (?:me |le )?(?:resolvio|quito|curo|paso|mejoro)|(?:me |le )?(?:curaron|quitaron)|sano|ya paso"
INJURY_WORDS = r"lesion\w*|accidente|choque|caida|cai|demanda|abogad\w*|caso|reclamo|compensation|lastim\w*"

# Spellings of the words above as typed on a phone, after accents are removed.
SPELLINGS = [
    (r"\b[bv]e[jgh]i[gj]a\b", "vejiga"),
    (r"\bhorin", "orin"),
    (r"\bormig", "hormig"),
    (r"\bkontrol", "control"),
    (r"\bin[ck]ontin[ae]n[sc]i?a\b", "incontinencia"),
    (r"\b(?:aksidente|asidente|acsidente|axidente|acidente|accidnete)\b", "accidente"),
    (r"\bchok(?=o|a|e)", "choc"),
    (r"\bdevil(idad|es)\b", r"debil\1"),
    (r"\b(muy|mas|esta|estan|siento|pierna|piernas|poco) devil\b", r"\1 debil"),
    (r"\bfie[bv]r[ea]\b", "fiebre"),
    (r"\bme (?:calli|cayi|cali|kai)\b", "me cai"),
    (r"\bme calle (?=(?:de|del|en|al|desde|por|hace) )", "me cai "),
    (r"\bace (?=\d|un |una |unos |unas |dos |tres |mucho|tiempo|anos)", "hace "),
]
