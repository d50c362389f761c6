"""The Spanish version of the clinic's starting content (procedures/clinic_content.py), as plain data.

Loaded by `manage.py load_clinic_content` as Spanish pages (issue #13; Page.language and
Page.translation_of): PROCEDURES, CONDITIONS and CLINIC_PAGES here, each keyed by the English page's
slug, and NOTICES by notice, with the English page's structure: the same sections and questions in the
same order, plus a Spanish `slug`. Loaded pages are published but not reviewed: a medical reviewer
approves a translation like the original, and the clinic reviews the notices' wording.

Written for patients at about a 6th to 8th grade reading level ("usted", short sentences, everyday
words), as a Los Angeles clinic writes for Mexican and Central American readers; medically the same as
the English, with the same numbers. The lumbar facet injections page is the clinic's own copy,
translated in full. "Your provider" is "su médico", the plainer word; headings use Spanish sentence
case rather than the English title case.

Links between pages point at the Spanish pages' future addresses, built from PROCEDURES_PATH and
CONDITIONS_PATH so that the two prefixes change in one place.
"""

# ruff: noqa: E501  (prose: a paragraph stays on one line, as it is stored and edited)

PROCEDURES_PATH = "/es/procedimientos/"
CONDITIONS_PATH = "/es/afecciones/"

# The heading a page without its own shows above its questions ("Frequently asked questions").
DEFAULT_FAQ_HEADING = "Preguntas frecuentes"

# Shared by the condition pages, like clinic_content.WARNING_SIGNS.
WARNING_SIGNS = (
    "Cuándo buscar atención médica de inmediato",
    "La mayoría de los dolores de espalda y de cuello no son una emergencia. Llame al 911 o vaya a la sala de emergencias más cercana si su dolor viene con cualquiera de estas señales:\n\n"
    "- Pérdida del control de la vejiga o del intestino (no puede controlar la orina o el excremento)\n"
    "- Adormecimiento en la ingle, las nalgas o la parte interna de los muslos\n"
    "- Debilidad nueva, o que empeora rápido, en los brazos o en las piernas\n"
    "- Fiebre, o dolor después de una caída o un accidente serio\n\n"
    "Vea pronto a su médico si nota torpeza en las manos o problemas de equilibrio, o si tiene dolor de espalda junto con pérdida de peso sin explicación o antecedentes de cáncer.",
)

PROCEDURES = {
    "lumbar-facet-injections": {
        "slug": "inyecciones-facetarias-lumbares",
        "title": "Inyecciones facetarias lumbares",
        "seo_title": "Inyecciones facetarias lumbares en Los Ángeles",
        "faq_heading": "Preguntas frecuentes sobre las inyecciones facetarias lumbares",
        "summary": "Inyecciones guiadas por imágenes para el dolor de espalda baja que viene de las pequeñas articulaciones de la columna: un tratamiento sin cirugía que puede aliviar el dolor y ayudar a confirmar de dónde viene.",
        "introduction": "El dolor crónico de espalda baja no solo lo hace ir más despacio: puede cambiar su forma de vivir. Levantarse de una silla, salir de la cama, manejar, trabajar o incluso dormir toda la noche pueden volverse retos de todos los días. Si su dolor se siente profundo y rígido, o empeora al moverse, puede que no venga de un disco o de un nervio pellizcado. Puede venir de las pequeñas articulaciones que le dan estabilidad a su columna.\n\n"
        "En Advanced Pain Medical Group ofrecemos inyecciones facetarias lumbares como parte de un plan completo para tratar el dolor de columna. Son un camino sin cirugía hacia un alivio duradero de la espalda.",
        "sections": [
            (
                "Cómo las inyecciones facetarias lumbares tratan el dolor desde su origen",
                f"Las inyecciones facetarias lumbares son un tratamiento mínimamente invasivo y guiado por imágenes. Sirven para calmar la inflamación dentro de las articulaciones facetarias de la parte baja de la espalda. Se usan con frecuencia para el [dolor crónico de espalda baja]({CONDITIONS_PATH}dolor-cronico-de-espalda-baja/), la artritis lumbar, la enfermedad de las articulaciones facetarias y el [dolor mecánico de espalda baja]({CONDITIONS_PATH}dolor-mecanico-de-espalda-baja/) que no ha mejorado con tratamientos conservadores.\n\n"
                "Además de aliviar el dolor, las inyecciones facetarias lumbares también pueden ayudar a confirmar el origen exacto de sus síntomas. Así se puede planear un tratamiento a largo plazo más acertado y más eficaz.",
            ),
            (
                "El papel de las articulaciones facetarias en el dolor lumbar",
                "Su columna lumbar carga la mayor parte del peso de su cuerpo y le permite agacharse, girar y levantar cosas. En la parte de atrás de cada vértebra hay articulaciones facetarias, que ayudan a controlar el movimiento y a mantener la columna estable. Cuando estas articulaciones se irritan o se inflaman, los movimientos de todos los días pueden causar un dolor que no se quita.\n\n"
                "### Señales de que su dolor de espalda baja puede venir de las articulaciones facetarias\n\n"
                "- Un dolor profundo y sordo en la parte baja de la espalda\n"
                "- Empeora al estar de pie, al girar o al arquear la espalda hacia atrás\n"
                "- Mejora al sentarse o al inclinarse hacia adelante\n"
                "- Es un dolor mecánico, no un dolor punzante o como de nervio\n\n"
                f"Este patrón se asocia con frecuencia al dolor que viene de las facetas lumbares, o [síndrome facetario lumbar]({CONDITIONS_PATH}sindrome-facetario-lumbar/), y es una causa frecuente de molestias constantes en la espalda baja.",
            ),
            (
                "Afecciones de la columna relacionadas con la inflamación de las articulaciones facetarias",
                "La inflamación de las articulaciones facetarias rara vez aparece de un día para otro. Muchas veces se desarrolla poco a poco, a medida que la columna cambia con los años, o después de un esfuerzo o una lesión.\n\n"
                f"- [Espondilosis]({CONDITIONS_PATH}espondilosis/) (desgaste de la columna por la edad)\n"
                f"- [Artritis de las articulaciones facetarias]({CONDITIONS_PATH}artritis-de-las-articulaciones-facetarias/) o artritis lumbar\n"
                f"- [Enfermedad degenerativa del disco]({CONDITIONS_PATH}enfermedad-degenerativa-del-disco/), que aumenta la carga sobre las articulaciones\n"
                f"- [Estenosis espinal]({CONDITIONS_PATH}estenosis-espinal/), que cambia la forma en que se mueve la columna\n"
                "- Esfuerzos repetitivos, mala postura o lesiones de espalda en el pasado\n\n"
                "Si su dolor sigue a pesar del reposo, la fisioterapia o los medicamentos, puede que las articulaciones facetarias tengan un papel más grande de lo que se pensaba.\n\n"
                "**¿Qué tan común es el dolor de espalda baja que viene de las articulaciones facetarias?** Según las investigaciones actuales, las articulaciones facetarias son una causa común de dolor de espalda baja: explican aproximadamente del 15 % al 45 % de los casos, casi siempre por artritis degenerativa de la columna.",
            ),
            (
                "¿Qué son las inyecciones facetarias lumbares y cómo funcionan?",
                "Las inyecciones facetarias lumbares llevan medicamento antiinflamatorio directamente dentro o alrededor de las articulaciones facetarias afectadas. A veces se les llama inyecciones en las facetas de la columna o inyecciones facetarias para el dolor de espalda. Como el medicamento se coloca donde está la inflamación, este tratamiento puede funcionar mejor que solo tomar medicamentos por boca.\n\n"
                "### El doble papel de las inyecciones facetarias lumbares\n\n"
                "- Estas inyecciones ayudan a calmar la inflamación en las articulaciones irritadas, para reducir el dolor y mejorar el movimiento.\n"
                "- También pueden confirmar si las articulaciones facetarias son de verdad la causa de sus síntomas.\n\n"
                "Este doble papel hace que las inyecciones facetarias lumbares sean una herramienta valiosa, tanto para el alivio a corto plazo como para planear el tratamiento a largo plazo.",
            ),
            (
                "Inyecciones facetarias lumbares de diagnóstico y bloqueos facetarios",
                "Si no está claro de dónde viene exactamente su dolor de espalda baja, su médico puede recomendarle bloqueos facetarios de diagnóstico. Estas inyecciones adormecen por un tiempo los nervios que dan sensibilidad a las articulaciones facetarias. Si su dolor mejora mucho después de la inyección, eso confirma que las articulaciones facetarias son parte de la causa de sus síntomas.\n\n"
                f"Esta información es muy útil para saber si usted podría ser candidato para tratamientos de efecto más duradero, como la [ablación por radiofrecuencia (RFA)]({PROCEDURES_PATH}ablacion-por-radiofrecuencia/).\n\n"
                "### Tipos de bloqueos facetarios de diagnóstico para el dolor de espalda baja\n\n"
                "- Inyecciones facetarias lumbares de diagnóstico: una inyección que se coloca directamente dentro de la articulación facetaria lumbar (intraarticular), para confirmar si esa articulación es una fuente de dolor.\n"
                "- Inyecciones de bloqueo facetario lumbar: un nombre general para cualquier inyección que busca bloquear las señales de dolor que vienen de las articulaciones facetarias. Puede referirse a una inyección en la articulación facetaria o a un bloqueo de los nervios de la rama medial.\n"
                "- Bloqueo de la articulación facetaria lumbar: un bloqueo centrado en la articulación facetaria, que se inyecta dentro o alrededor de ella para hacer un diagnóstico. Muchas veces se usa como otro nombre para las inyecciones facetarias lumbares de diagnóstico.\n"
                f"- [Bloqueo de la rama medial lumbar]({PROCEDURES_PATH}bloqueo-de-la-rama-medial/): una inyección de diagnóstico en los nervios de la rama medial (los nervios que dan sensibilidad a las articulaciones facetarias), para comprobar si el dolor viene de las articulaciones facetarias. Se usa para decidir si usted es candidato para la RFA.\n\n"
                f"Los bloqueos facetarios de diagnóstico se usan en toda la columna. En la espalda baja se hacen con inyecciones lumbares. Para encontrar dolor de las articulaciones facetarias en el cuello o en la parte media de la espalda se usan [inyecciones facetarias cervicales]({PROCEDURES_PATH}inyecciones-facetarias-cervicales/) o [inyecciones facetarias torácicas]({PROCEDURES_PATH}inyecciones-facetarias-toracicas/).",
            ),
            (
                "Inyecciones lumbares guiadas por imágenes para más precisión y seguridad",
                "La precisión es importante al tratar el dolor de la columna. Las inyecciones facetarias lumbares se hacen con la ayuda de la fluoroscopia, que muestra imágenes de rayos X en tiempo real durante el procedimiento. Esta tecnología es clave para que las inyecciones para el dolor de espalda baja funcionen bien y den resultados constantes.\n\n"
                "- Coloca el medicamento exactamente donde se necesita\n"
                "- Evita los nervios y tejidos de alrededor\n"
                "- Mejora la precisión del diagnóstico\n"
                "- Reduce el riesgo del procedimiento",
            ),
            (
                "Afecciones de la espalda baja que se tratan con inyecciones facetarias lumbares",
                "Para estas afecciones, las inyecciones muchas veces se combinan con fisioterapia, cambios en el estilo de vida u otros procedimientos de columna, para tratar el dolor crónico de una forma más completa.\n\n"
                "- Dolor crónico de espalda baja que necesita tratamiento\n"
                "- Dolor mecánico de espalda baja\n"
                "- Dolor de las articulaciones facetarias y su tratamiento\n"
                "- Síndrome facetario lumbar\n"
                "- Alivio del dolor por enfermedad degenerativa del disco\n"
                "- Control del dolor por estenosis espinal\n"
                "- Dolor que no ha mejorado con tratamientos conservadores",
            ),
            (
                "Cómo prepararse para su procedimiento",
                "Antes de su procedimiento, usted se reunirá con su médico para hablar de los beneficios y los posibles riesgos, y para responder a todas sus preguntas. Las inyecciones facetarias lumbares por lo general son seguras, pero pueden tener efectos secundarios como infección, sangrado o más dolor por un tiempo en el lugar de la inyección.",
            ),
            (
                "Qué esperar el día de su inyección",
                "Usted estará despierto durante la inyección, aunque en algunos casos se puede usar una sedación leve. Siga tomando sus medicamentos de siempre, sobre todo los de la presión arterial, a menos que le indiquen otra cosa. Si tiene diabetes, su azúcar en la sangre puede subir por un tiempo. Traiga sus medicamentos para la diabetes y siga las indicaciones de su equipo médico.\n\n"
                "Las inyecciones facetarias lumbares son procedimientos ambulatorios (usted se va a casa el mismo día) y por lo general duran menos de 30 minutos. La mayoría de las personas vuelve a sus actividades normales en un día, así que esta opción cambia poco su rutina cuando tiene dolor de espalda constante.\n\n"
                "- La anestesia local lo mantiene cómodo\n"
                "- Se usan imágenes para colocar la aguja con precisión\n"
                "- Se inyectan un anestésico y un medicamento antiinflamatorio\n"
                "- Descansará un rato para recuperarse antes de irse a casa",
            ),
            (
                "¿Son seguras las inyecciones facetarias lumbares?",
                "Las inyecciones facetarias lumbares por lo general se toleran bien. Puede haber efectos secundarios leves y pasajeros, como dolor o rigidez en el lugar de la inyección, un poco de hinchazón o moretones, y adormecimiento o pesadez por un tiempo. Las complicaciones más serias son poco comunes. Su médico revisará su historial médico y le explicará los riesgos en detalle, para que usted se sienta informado y seguro al seguir adelante.",
            ),
            (
                "Cuánto tiempo puede durar el alivio",
                "El tiempo del alivio varía. Puede notar mejoría en unos días, o sentir alivio poco a poco en una a dos semanas. El alivio puede durar semanas o meses, según qué tan fuerte sea la inflamación de la articulación y la afección que la causa.\n\n"
                "### Cómo ayudan las inyecciones facetarias lumbares a controlar el dolor a largo plazo\n\n"
                "- Calman la inflamación cuando el dolor empeora\n"
                "- Mejoran el movimiento y las actividades diarias\n"
                "- Apoyan la rehabilitación\n"
                "- Ayudan a decidir los siguientes tratamientos, como la ablación por radiofrecuencia",
            ),
            (
                "Encuentre alivio con inyecciones facetarias lumbares en Los Ángeles",
                "No tiene que organizar su vida alrededor del dolor de espalda baja ni aceptarlo como parte de su día a día. Si su dolor se siente mecánico, empeora con el movimiento o está relacionado con artritis de la columna, las inyecciones facetarias lumbares pueden darle alivio y también ayudar a aclarar qué causa sus síntomas. Pida hoy una consulta con Advanced Pain Medical Group para conocer las inyecciones facetarias lumbares en Los Ángeles. Descubra un tratamiento dirigido y sin cirugía para un alivio duradero del dolor de columna.",
            ),
        ],
        "faqs": [
            (
                "¿Las inyecciones facetarias lumbares son lo mismo que las inyecciones epidurales de esteroides?",
                f"No. Las inyecciones facetarias lumbares tratan las articulaciones facetarias, mientras que las [inyecciones epidurales]({PROCEDURES_PATH}inyecciones-epidurales-de-esteroides/) se enfocan en los nervios de la columna. Cada una trata una causa diferente de dolor de espalda.",
            ),
            (
                "¿Las inyecciones facetarias lumbares van a curar mi dolor de espalda?",
                "Las inyecciones facetarias lumbares no son una cura, pero pueden reducir mucho el dolor y la inflamación. Muchas veces son parte de un plan más amplio para controlar el dolor de columna.",
            ),
            (
                "¿Cuántas inyecciones facetarias lumbares voy a necesitar?",
                "El número depende de su diagnóstico, de cómo responda al tratamiento y de su plan de atención en general. Su médico le recomendará un calendario seguro y adecuado para usted.",
            ),
            (
                "¿Pueden las inyecciones facetarias lumbares ayudar con la artritis de mi espalda baja?",
                "Sí. Estas inyecciones se usan con frecuencia para la artritis de la columna lumbar. Ayudan a reducir la inflamación y la rigidez de las articulaciones.",
            ),
            (
                "¿Qué pasa si un bloqueo de la rama medial me quita el dolor?",
                f"Si siente mucho alivio con un [bloqueo de la rama medial lumbar]({PROCEDURES_PATH}bloqueo-de-la-rama-medial/), usted podría ser candidato para la [ablación por radiofrecuencia]({PROCEDURES_PATH}ablacion-por-radiofrecuencia/), que puede dar un alivio más duradero.",
            ),
        ],
    },
    "medial-branch-block": {
        "slug": "bloqueo-de-la-rama-medial",
        "title": "Bloqueo de la rama medial",
        "seo_title": "Bloqueo de la rama medial en Los Ángeles",
        "faq_heading": "",
        "summary": "Una inyección corta, guiada por imágenes, que adormece por unas horas los nervios de las articulaciones facetarias de la columna. Sirve para saber si esas articulaciones causan su dolor de espalda o de cuello.",
        "introduction": "Las articulaciones facetarias son pequeñas articulaciones en la parte de atrás de la columna. Cada una recibe la sensibilidad de unos nervios muy pequeños llamados nervios de la rama medial. En un bloqueo de la rama medial se pone una pequeña cantidad de medicamento para adormecer junto a estos nervios.\n\n"
        f"Si su dolor de siempre baja mucho mientras el medicamento hace efecto, es probable que las articulaciones facetarias sean una causa de su dolor. Esto les ayuda a usted y a su médico a elegir el siguiente paso, como la [ablación por radiofrecuencia]({PROCEDURES_PATH}ablacion-por-radiofrecuencia/), que puede dar un alivio más duradero.",
        "sections": [
            (
                "Quién puede beneficiarse de un bloqueo de la rama medial",
                "Su médico puede sugerirle esta prueba si:\n\n"
                "- Tiene dolor en la espalda baja, en la parte media de la espalda o en el cuello desde hace meses\n"
                "- El dolor se siente profundo y sordo, y empeora al estar de pie, al girar o al inclinarse hacia atrás\n"
                "- No ha mejorado lo suficiente con fisioterapia, medicamentos o reposo\n"
                "- Su examen indica que la causa probable son las articulaciones facetarias y no un nervio pellizcado\n\n"
                f"El dolor que viene de las articulaciones facetarias de la espalda baja muchas veces se llama [síndrome facetario lumbar]({CONDITIONS_PATH}sindrome-facetario-lumbar/).",
            ),
            (
                "Cómo funciona el bloqueo como prueba",
                "El bloqueo de la rama medial es sobre todo una prueba de diagnóstico. El medicamento para adormecer dura solo unas horas, así que no está hecho para dar un alivio duradero por sí solo.\n\n"
                "- Si su dolor de siempre baja mucho mientras el medicamento hace efecto, es probable que las articulaciones facetarias que se adormecieron sean una causa de su dolor.\n"
                "- Si su dolor no cambia, lo más probable es que venga de otro lugar, y su médico buscará otras causas.\n"
                "- Su médico puede repetir el bloqueo otro día, para asegurarse de que el resultado es confiable antes de recomendar la ablación por radiofrecuencia.",
            ),
            (
                "Qué esperar ese día",
                "El bloqueo es un procedimiento ambulatorio: usted se va a casa el mismo día.\n\n"
                "- Usted se acuesta boca abajo, o de lado o boca arriba si el bloqueo es en el cuello.\n"
                "- Se limpia la piel y se adormece con anestesia local.\n"
                "- Con la ayuda de rayos X (fluoroscopia), su médico coloca una aguja delgada junto a cada nervio que se va a probar.\n"
                "- Se inyecta una pequeña cantidad de medicamento para adormecer.\n"
                "- Usted descansa un rato y luego se va a casa.\n\n"
                "Su equipo médico le dirá antes si debe dejar de tomar algún medicamento por un tiempo, como los anticoagulantes (medicinas para que la sangre no se coagule). También le dirá si necesita que alguien lo lleve a casa. No deje de tomar ningún medicamento a menos que ellos se lo indiquen.",
            ),
            (
                "Después del bloqueo: anote su dolor en un diario",
                "Lo que usted note en las primeras horas después del bloqueo es la parte más importante de la prueba.\n\n"
                "- Haga los movimientos que normalmente le causan dolor, siempre que sea seguro hacerlo.\n"
                "- Anote qué tanto le duele, por ejemplo en una escala del 0 al 10, a las horas que le pida su equipo médico.\n"
                "- Traiga sus notas a su próxima cita.\n\n"
                "Es común sentir un poco de dolor donde entró la aguja durante uno o dos días.",
            ),
            (
                "Posibles riesgos",
                "Los bloqueos de la rama medial por lo general se toleran bien. Los posibles efectos secundarios incluyen:\n\n"
                "- Dolor, moretones o hinchazón donde entró la aguja\n"
                "- Más dolor por poco tiempo\n"
                "- Adormecimiento o debilidad pasajeros cerca de la zona tratada\n"
                "- Sangrado o infección, que son poco comunes\n\n"
                "Los problemas serios son raros. Antes del procedimiento, su médico revisará con usted su historial médico, sus medicamentos y sus alergias.",
            ),
        ],
        "faqs": [
            (
                "¿Un bloqueo de la rama medial me va a quitar el dolor?",
                "Por lo general, solo por unas horas, mientras hace efecto el medicamento para adormecer. El bloqueo es sobre todo una prueba: muestra de dónde viene su dolor, para que usted y su médico puedan elegir el tratamiento que más le conviene.",
            ),
            (
                "¿En qué se diferencia un bloqueo de la rama medial de una inyección en la articulación facetaria?",
                f"Una inyección en la articulación facetaria pone el medicamento dentro o alrededor de la articulación misma. Un bloqueo de la rama medial pone medicamento para adormecer junto a los pequeños nervios que llevan las señales de dolor desde la articulación. Los dos pueden mostrar si las articulaciones facetarias causan su dolor, y el bloqueo de la rama medial es la prueba que por lo general se hace antes de la ablación por radiofrecuencia. Puede leer más sobre las [inyecciones facetarias lumbares]({PROCEDURES_PATH}inyecciones-facetarias-lumbares/).",
            ),
            (
                "¿Voy a estar despierto durante el bloqueo?",
                "Sí. La mayoría de las personas solo necesita anestesia local para adormecer la piel. Su médico hablará con usted sobre si una sedación leve es adecuada, porque una sedación fuerte puede hacer más difícil entender los resultados de la prueba.",
            ),
        ],
    },
    "radiofrequency-ablation": {
        "slug": "ablacion-por-radiofrecuencia",
        "title": "Ablación por radiofrecuencia",
        "seo_title": "Ablación por radiofrecuencia (RFA) para la columna en Los Ángeles",
        "faq_heading": "",
        "summary": "La ablación por radiofrecuencia (RFA) usa un calor suave para calmar los nervios que llevan el dolor desde las articulaciones facetarias de la columna. Da un alivio más duradero después de un bloqueo de la rama medial que funcionó.",
        "introduction": "La ablación por radiofrecuencia, que muchas veces se llama RFA, es un procedimiento mínimamente invasivo y guiado por imágenes. Una aguja delgada lleva energía de radiofrecuencia que calienta los nervios de la rama medial. Estos pequeños nervios llevan las señales de dolor desde las articulaciones facetarias de la columna.\n\n"
        "Cuando los nervios tratados dejan de enviar estas señales, el dolor de las articulaciones facetarias puede bajar durante muchos meses. La RFA no repara la articulación y funciona mejor junto con ejercicio y un buen cuidado de la columna, pero puede hacer más fáciles las actividades diarias y la fisioterapia.",
        "sections": [
            (
                "Quién puede ser candidato para la RFA",
                "Por lo general se piensa en la RFA cuando:\n\n"
                "- Su dolor de espalda o de cuello lleva meses y no ha mejorado lo suficiente con otros tratamientos\n"
                f"- Su dolor parece venir de las articulaciones facetarias, por ejemplo por [artritis de las articulaciones facetarias]({CONDITIONS_PATH}artritis-de-las-articulaciones-facetarias/) o por [síndrome facetario lumbar]({CONDITIONS_PATH}sindrome-facetario-lumbar/)\n"
                f"- Un [bloqueo de la rama medial]({PROCEDURES_PATH}bloqueo-de-la-rama-medial/) le quitó claramente su dolor de siempre por unas horas, a veces en dos días diferentes\n\n"
                "Su médico también tomará en cuenta su salud en general, sus medicamentos y cualquier problema que afecte el sangrado o la cicatrización.",
            ),
            (
                "Cómo se hace el procedimiento",
                "La RFA es un procedimiento ambulatorio: usted se va a casa el mismo día.\n\n"
                "- Se limpia la piel y se adormece con anestesia local. Le pueden ofrecer una sedación leve.\n"
                "- Con la ayuda de rayos X, su médico coloca una aguja delgada junto a cada nervio que se va a tratar.\n"
                "- Una prueba eléctrica suave revisa que la aguja esté en el lugar correcto.\n"
                "- Se adormece la zona y luego la punta de la aguja calienta suavemente el nervio para que deje de enviar señales de dolor.\n\n"
                "La RFA por lo general tarda más que un bloqueo de la rama medial, porque cada nervio se prueba y se trata uno por uno.",
            ),
            (
                "Recuperación y resultados",
                "- Es común sentir dolor donde entraron las agujas durante varios días, y a veces más tiempo.\n"
                "- Muchas veces el alivio llega poco a poco en unas semanas, y no de inmediato.\n"
                "- La mayoría de las personas puede volver pronto a actividades ligeras. Su equipo médico le dirá cuándo volver a hacer ejercicio y a trabajar, y qué puede tomar para el dolor.\n"
                "- Los resultados cambian de una persona a otra. El alivio muchas veces dura meses, y a veces más.",
            ),
            (
                "Si el dolor regresa",
                "Los nervios tratados pueden volver a crecer poco a poco, y el dolor puede regresar. Si la RFA le ayudó antes, muchas veces se puede repetir. Su médico hablará con usted sobre si tiene sentido repetirla en su caso.",
            ),
            (
                "Posibles riesgos",
                "La RFA por lo general se tolera bien. Los posibles efectos secundarios incluyen:\n\n"
                "- Dolor, moretones o hinchazón donde entraron las agujas\n"
                "- Ardor, adormecimiento u hormigueo pasajeros en la piel sobre la zona tratada\n"
                "- Sangrado o infección, que son poco comunes\n\n"
                "Las complicaciones serias, como una lesión de un nervio, son raras. Avise a su equipo médico si tiene un marcapasos u otro aparato eléctrico dentro del cuerpo, porque puede ser necesario tomar precauciones especiales.",
            ),
        ],
        "faqs": [
            (
                "¿La ablación por radiofrecuencia es una cirugía?",
                "No. La RFA se hace con agujas delgadas, sin cortes ni puntadas, y usted se va a casa el mismo día. No cambia la estructura de su columna.",
            ),
            (
                "¿Cuánto dura el alivio?",
                "Cambia de una persona a otra. Muchas personas sienten alivio por meses, y algunas por más tiempo. Como los nervios pueden volver a crecer, el dolor puede regresar; muchas veces el tratamiento se puede repetir si funcionó bien antes.",
            ),
            (
                "¿Por qué necesito primero un bloqueo de la rama medial?",
                f"Un [bloqueo de la rama medial]({PROCEDURES_PATH}bloqueo-de-la-rama-medial/) muestra si los nervios que trataría la RFA de verdad llevan su dolor. Si el bloqueo no le quita el dolor, es poco probable que la RFA le ayude. Así la prueba le evita un procedimiento que quizás no funcione.",
            ),
        ],
    },
    "cervical-facet-injections": {
        "slug": "inyecciones-facetarias-cervicales",
        "title": "Inyecciones facetarias cervicales",
        "seo_title": "Inyecciones facetarias cervicales para dolor de cuello en Los Ángeles",
        "faq_heading": "",
        "summary": "Las inyecciones facetarias cervicales ponen medicamento dentro o cerca de las pequeñas articulaciones del cuello. Pueden aliviar el dolor de cuello que viene de estas articulaciones y ayudar a confirmar dónde empieza el dolor.",
        "introduction": "La columna cervical es la parte de su columna que está en el cuello. Unas pequeñas articulaciones facetarias en la parte de atrás le permiten girar, inclinar y mover la cabeza hacia arriba y hacia abajo. Cuando estas articulaciones se irritan, se desgastan o se lastiman, pueden causar dolor y rigidez en el cuello.\n\n"
        "Una inyección facetaria cervical es un tratamiento mínimamente invasivo y guiado por imágenes. Pone medicamento antiinflamatorio y medicamento para adormecer dentro o cerca de las articulaciones afectadas, o medicamento para adormecer junto a los pequeños nervios que les dan sensibilidad. Puede aliviar el dolor y ayudar a mostrar si las articulaciones facetarias son la causa.",
        "sections": [
            (
                "Señales de que su dolor de cuello puede venir de las articulaciones facetarias",
                "- Un dolor profundo y sordo en uno o en los dos lados de la parte de atrás del cuello\n"
                "- Dolor y rigidez al girar la cabeza o al mirar hacia arriba\n"
                "- Dolor que se extiende a los hombros, a la parte alta de la espalda o a la parte de atrás de la cabeza\n"
                "- Dolores de cabeza que empiezan en la parte de atrás de la cabeza y el cuello\n\n"
                "El dolor, el adormecimiento o el hormigueo que bajan por el brazo muchas veces vienen de un nervio pellizcado, que se trata de otra manera. Su médico lo examinará para saber cuál es la causa.",
            ),
            (
                "Causas comunes",
                f"- [Espondilosis]({CONDITIONS_PATH}espondilosis/), el desgaste de la columna por la edad\n"
                f"- [Artritis de las articulaciones facetarias]({CONDITIONS_PATH}artritis-de-las-articulaciones-facetarias/)\n"
                "- Latigazo cervical u otras lesiones del cuello\n"
                "- Esfuerzo por la postura o por movimientos repetitivos",
            ),
            (
                "Tipos de inyecciones facetarias cervicales",
                "- **Inyección en la articulación facetaria cervical:** el medicamento se pone dentro o alrededor de la articulación facetaria misma.\n"
                "- **Bloqueo de la rama medial cervical:** el medicamento para adormecer se pone junto a los pequeños nervios que llevan las señales de dolor desde la articulación. Se usa sobre todo como prueba.\n\n"
                f"Si un [bloqueo de la rama medial]({PROCEDURES_PATH}bloqueo-de-la-rama-medial/) le quita claramente el dolor por un tiempo corto, la [ablación por radiofrecuencia]({PROCEDURES_PATH}ablacion-por-radiofrecuencia/) puede darle un alivio más duradero.",
            ),
            (
                "Qué esperar",
                "- La inyección es un procedimiento ambulatorio: usted se va a casa el mismo día.\n"
                "- Usted se acuesta boca abajo o de lado, y se adormece la piel.\n"
                "- Su médico usa rayos X para colocar una aguja delgada en el lugar exacto.\n"
                "- Usted descansa un rato antes de irse a casa. Su equipo médico le dirá si necesita que alguien lo lleve.\n\n"
                "Es común sentir un poco de dolor donde entró la aguja durante uno o dos días. Si se usó medicamento antiinflamatorio, puede tardar varios días en empezar a hacer efecto.",
            ),
            (
                "Posibles riesgos",
                "Las inyecciones facetarias cervicales por lo general se toleran bien. Los posibles efectos secundarios incluyen dolor, moretones, más dolor por poco tiempo y adormecimiento pasajero. El sangrado, la infección y otras complicaciones serias son poco comunes. Si tiene diabetes, el medicamento antiinflamatorio (esteroide) puede subir su azúcar en la sangre por unos días.",
            ),
        ],
        "faqs": [
            (
                "¿Pueden las inyecciones facetarias cervicales ayudar con los dolores de cabeza?",
                "Pueden ayudar cuando los dolores de cabeza vienen de las articulaciones de la parte alta del cuello. Estos dolores de cabeza por lo general empiezan en la parte de atrás de la cabeza y el cuello. Los dolores de cabeza tienen muchas causas, así que su médico primero revisará si es probable que su cuello tenga que ver.",
            ),
            (
                "¿En qué se diferencian las inyecciones facetarias cervicales de las inyecciones facetarias lumbares?",
                f"Tratan el mismo tipo de articulación en otra parte de la columna. Las inyecciones facetarias cervicales tratan el cuello; las [inyecciones facetarias lumbares]({PROCEDURES_PATH}inyecciones-facetarias-lumbares/) tratan la espalda baja.",
            ),
            (
                "¿Voy a necesitar más de una inyección?",
                "Depende de su diagnóstico y de cómo responda. Su médico le recomendará un calendario seguro según sus resultados.",
            ),
        ],
    },
    "thoracic-facet-injections": {
        "slug": "inyecciones-facetarias-toracicas",
        "title": "Inyecciones facetarias torácicas",
        "seo_title": "Inyecciones facetarias torácicas para la espalda media en Los Ángeles",
        "faq_heading": "",
        "summary": "Las inyecciones facetarias torácicas ponen medicamento dentro o cerca de las pequeñas articulaciones de la parte media de la espalda. Pueden aliviar el dolor que viene de estas articulaciones y ayudar a confirmar dónde empieza.",
        "introduction": "La columna torácica es la parte media de su espalda, entre el cuello y la espalda baja. Las costillas se unen a ella, y por eso es más firme que el cuello o la espalda baja. Aun así, las pequeñas articulaciones facetarias en la parte de atrás de la columna torácica se pueden irritar, desgastar o lastimar y causar dolor.\n\n"
        "Una inyección facetaria torácica es un tratamiento mínimamente invasivo y guiado por imágenes. Pone medicamento dentro o cerca de las articulaciones afectadas, o medicamento para adormecer junto a los pequeños nervios que les dan sensibilidad. Así puede aliviar el dolor y ayudar a mostrar si las articulaciones son la causa.",
        "sections": [
            (
                "Señales de que su dolor en la parte media de la espalda puede venir de las articulaciones facetarias",
                "- Un dolor profundo y sordo en uno o en los dos lados de la columna, en la parte media de la espalda\n"
                "- Dolor que empeora al girar o al arquear la espalda\n"
                "- Rigidez, sobre todo después de estar mucho tiempo en la misma posición",
            ),
            (
                "Por qué primero se hace una revisión cuidadosa",
                "El dolor en la parte media de la espalda no siempre viene de la columna. Los problemas del corazón, los pulmones, el estómago, la vesícula o los riñones también se pueden sentir en esa parte de la espalda. Su médico revisará sus síntomas y su historial, y puede pedir estudios, antes de recomendar una inyección.\n\n"
                "Llame al 911 de inmediato si el dolor en la parte media de la espalda viene con dolor de pecho, falta de aire, sudor o sensación de desmayo.",
            ),
            (
                "Causas comunes",
                f"- [Espondilosis]({CONDITIONS_PATH}espondilosis/), el desgaste de la columna por la edad\n"
                f"- [Artritis de las articulaciones facetarias]({CONDITIONS_PATH}artritis-de-las-articulaciones-facetarias/)\n"
                "- Lesiones, como caídas o accidentes de carro\n"
                "- Esfuerzo por la postura o por movimientos repetitivos",
            ),
            (
                "Tipos de inyecciones facetarias torácicas",
                "- **Inyección en la articulación facetaria torácica:** el medicamento se pone dentro o alrededor de la articulación facetaria misma.\n"
                "- **Bloqueo de la rama medial torácica:** el medicamento para adormecer se pone junto a los pequeños nervios que llevan las señales de dolor desde la articulación. Se usa sobre todo como prueba.\n\n"
                f"Si un [bloqueo de la rama medial]({PROCEDURES_PATH}bloqueo-de-la-rama-medial/) le quita claramente el dolor por un tiempo corto, la [ablación por radiofrecuencia]({PROCEDURES_PATH}ablacion-por-radiofrecuencia/) puede darle un alivio más duradero.",
            ),
            (
                "Qué esperar",
                "La inyección es un procedimiento ambulatorio: usted se va a casa el mismo día. Se adormece la piel y su médico usa rayos X para colocar una aguja delgada en el lugar exacto. Usted descansa un rato antes de irse a casa.\n\n"
                "Las inyecciones facetarias torácicas por lo general se toleran bien. Los posibles efectos secundarios incluyen dolor donde entró la aguja, más dolor por poco tiempo y, con menos frecuencia, sangrado o infección. Como los pulmones están cerca de la columna torácica, se usan imágenes para colocar la aguja con cuidado. Las complicaciones serias son raras.",
            ),
        ],
        "faqs": [
            (
                "¿Cómo sé si mi dolor en la parte media de la espalda viene de las articulaciones facetarias?",
                "Lo que usted cuenta de su dolor y un examen dan las primeras pistas, y los estudios de imagen pueden mostrar desgaste en las articulaciones. La forma más segura de confirmarlo es un bloqueo de diagnóstico: si al adormecer la articulación o sus nervios su dolor de siempre baja claramente, es probable que las articulaciones facetarias tengan que ver.",
            ),
            (
                "¿En qué se diferencian las inyecciones facetarias torácicas de las inyecciones facetarias lumbares?",
                f"Tratan el mismo tipo de articulación en otra parte de la columna. Las inyecciones facetarias torácicas tratan la parte media de la espalda; las [inyecciones facetarias lumbares]({PROCEDURES_PATH}inyecciones-facetarias-lumbares/) tratan la espalda baja.",
            ),
        ],
    },
    "epidural-steroid-injections": {
        "slug": "inyecciones-epidurales-de-esteroides",
        "title": "Inyecciones epidurales de esteroides",
        "seo_title": "Inyecciones epidurales de esteroides en Los Ángeles",
        "faq_heading": "",
        "summary": "Las inyecciones epidurales de esteroides ponen medicamento antiinflamatorio cerca de los nervios irritados de la columna, para aliviar el dolor que se extiende a un brazo o a una pierna, como la ciática.",
        "introduction": "Los nervios de la columna salen por pequeñas aberturas entre los huesos. Un nervio puede quedar apretado o irritado, por ejemplo por un disco abultado o porque la columna se hizo más estrecha. Entonces puede causar dolor, adormecimiento u hormigueo que baja por un brazo o una pierna. El dolor que baja por la pierna muchas veces se llama ciática.\n\n"
        "Una inyección epidural de esteroides pone medicamento antiinflamatorio (esteroide), muchas veces junto con un medicamento para adormecer, en el espacio epidural, que es la zona alrededor de los nervios de la columna. Al calmar la inflamación alrededor del nervio, puede aliviar el dolor y hacer más fácil la fisioterapia y la vida diaria.",
        "sections": [
            (
                "Afecciones en las que pueden ayudar las inyecciones epidurales",
                "- Dolor que baja por la pierna (ciática) o por el brazo\n"
                "- Un disco herniado o abultado que aprieta un nervio\n"
                f"- [Estenosis espinal]({CONDITIONS_PATH}estenosis-espinal/), cuando los espacios dentro de la columna se hacen más estrechos\n"
                f"- [Enfermedad degenerativa del disco]({CONDITIONS_PATH}enfermedad-degenerativa-del-disco/) con irritación de un nervio\n"
                f"- [Espondilosis]({CONDITIONS_PATH}espondilosis/) con espolones de hueso que estrechan las aberturas por donde salen los nervios",
            ),
            (
                "En qué se diferencian las inyecciones epidurales de las inyecciones facetarias",
                f"Las inyecciones epidurales tratan nervios irritados, mientras que las [inyecciones facetarias lumbares]({PROCEDURES_PATH}inyecciones-facetarias-lumbares/) tratan las pequeñas articulaciones de la parte de atrás de la columna. El dolor de nervio muchas veces se siente como un piquete, ardor u hormigueo que baja por un brazo o una pierna. El dolor de las articulaciones facetarias por lo general es un dolor profundo y sordo en la espalda o el cuello que empeora con ciertos movimientos. Su médico verá cuál es más probable antes de recomendar una u otra.",
            ),
            (
                "Qué esperar",
                "- La inyección es un procedimiento ambulatorio: usted se va a casa el mismo día.\n"
                "- Usted se acuesta boca abajo y se adormece la piel.\n"
                "- Con la ayuda de rayos X, su médico guía una aguja delgada hasta el espacio epidural. Una pequeña cantidad de tinte de contraste muestra adónde irá el medicamento.\n"
                "- Se inyecta el medicamento y usted descansa un rato antes de irse a casa.\n\n"
                "Según el nervio que esté irritado, la aguja puede entrar entre los huesos en el centro de la espalda, por un lado junto a la abertura del nervio, o cerca del coxis (la rabadilla). Avise a su equipo médico si alguna vez tuvo una reacción al tinte de contraste, al yodo o a un medicamento con esteroides.",
            ),
            (
                "Recuperación y resultados",
                "- Es común sentir dolor donde entró la aguja durante uno o dos días.\n"
                "- El medicamento para adormecer puede aliviar el dolor por unas horas. El esteroide por lo general tarda unos días, a veces más, en empezar a hacer efecto.\n"
                "- El tiempo que dura el alivio cambia de una persona a otra.\n"
                "- Como el medicamento con esteroides afecta todo el cuerpo, su médico limitará qué tan seguido le ponen inyecciones.",
            ),
            (
                "Posibles efectos secundarios",
                "- Dolor, o más dolor por poco tiempo\n"
                "- Enrojecimiento de la cara, problemas para dormir o sentirse inquieto por unos días\n"
                "- El azúcar en la sangre puede subir por un tiempo si tiene diabetes\n"
                "- Dolor de cabeza, que es poco común\n"
                "- Sangrado, infección o lesión de un nervio, que son raros\n\n"
                "Avise a su equipo médico si toma anticoagulantes (medicinas para que la sangre no se coagule). No deje de tomarlos a menos que su equipo médico se lo indique.",
            ),
        ],
        "faqs": [
            (
                "¿Las inyecciones epidurales de esteroides son lo mismo que las inyecciones facetarias lumbares?",
                f"No. Las inyecciones epidurales calman los nervios irritados de la columna, mientras que las [inyecciones facetarias lumbares]({PROCEDURES_PATH}inyecciones-facetarias-lumbares/) tratan las pequeñas articulaciones de la parte de atrás de la columna. Cada una trata una causa diferente de dolor.",
            ),
            (
                "¿Una inyección epidural va a curar mi ciática?",
                "Una inyección epidural no quita la causa de la presión sobre el nervio, pero puede calmar la inflamación y aliviar el dolor. Para muchas personas, ese alivio hace más fácil mantenerse activas y hacer fisioterapia mientras el cuerpo sana. Algunas personas necesitan otros tratamientos.",
            ),
            (
                "¿Cuántas inyecciones epidurales me pueden poner?",
                "Depende de qué tan bien funcione la primera y de su salud en general. Como el medicamento con esteroides afecta todo el cuerpo, su médico dejará tiempo entre una inyección y otra, y limitará cuántas le ponen en un año.",
            ),
        ],
    },
}

CONDITIONS = {
    "lumbar-facet-syndrome": {
        "slug": "sindrome-facetario-lumbar",
        "title": "Síndrome facetario lumbar",
        "seo_title": "Síndrome facetario lumbar: síntomas y tratamiento",
        "faq_heading": "",
        "summary": "El síndrome facetario lumbar es el dolor que viene de las pequeñas articulaciones facetarias de la espalda baja: un dolor profundo y sordo que muchas veces empeora al estar de pie o inclinarse hacia atrás, y mejora al sentarse.",
        "introduction": "Las articulaciones facetarias son pares de pequeñas articulaciones en la parte de atrás de la columna. En la espalda baja, o columna lumbar, le ayudan a agacharse y girar, y cargan parte del peso de su cuerpo. Cuando estas articulaciones se desgastan, se inflaman o se lastiman, el dolor que causan muchas veces se llama síndrome facetario lumbar o dolor de origen facetario.\n\n"
        f"Es una causa común de [dolor crónico de espalda baja]({CONDITIONS_PATH}dolor-cronico-de-espalda-baja/), sobre todo a medida que las personas envejecen. Muchas veces se puede tratar sin cirugía.",
        "sections": [
            (
                "Síntomas comunes",
                "- Un dolor profundo y sordo en la espalda baja, en uno o en los dos lados\n"
                "- Dolor que empeora al estar de pie, al girar o al arquear la espalda hacia atrás\n"
                "- Dolor que baja al sentarse o al inclinarse hacia adelante\n"
                "- Rigidez, sobre todo en la mañana o después de descansar\n"
                "- Dolor que puede pasar a las nalgas o a la parte de atrás de los muslos, por lo general sin bajar de la rodilla\n\n"
                "El dolor que baja más allá de la rodilla, con adormecimiento u hormigueo, muchas veces viene de un nervio irritado.",
            ),
            (
                "Qué lo causa",
                f"- El desgaste de la columna por la edad, llamado [espondilosis]({CONDITIONS_PATH}espondilosis/)\n"
                f"- [Artritis de las articulaciones facetarias]({CONDITIONS_PATH}artritis-de-las-articulaciones-facetarias/)\n"
                f"- [Enfermedad degenerativa del disco]({CONDITIONS_PATH}enfermedad-degenerativa-del-disco/), que pone más carga sobre las articulaciones facetarias\n"
                "- Lesiones, esfuerzos repetitivos o levantar cosas pesadas",
            ),
            (
                "Cómo se diagnostica",
                "Su médico le preguntará sobre su dolor, le examinará la espalda y revisará sus estudios de imagen, como radiografías o una resonancia magnética. Los estudios pueden mostrar desgaste en las articulaciones, pero ese desgaste también es común en personas sin dolor, así que no pueden probar que las articulaciones sean la causa.\n\n"
                f"La forma más segura de confirmar el dolor facetario es una inyección de diagnóstico. En esta prueba se adormecen las articulaciones facetarias, o los nervios que les dan sensibilidad con un [bloqueo de la rama medial]({PROCEDURES_PATH}bloqueo-de-la-rama-medial/). Si su dolor de siempre baja claramente, es probable que las articulaciones sean la causa.",
            ),
            (
                "Opciones de tratamiento",
                "El tratamiento por lo general empieza con pasos sencillos y solo avanza si hace falta:\n\n"
                "- Fisioterapia y ejercicio regular para fortalecer los músculos que sostienen la columna\n"
                "- Calor, cambios en sus actividades y los medicamentos para el dolor que su médico le recomiende\n"
                f"- [Inyecciones facetarias lumbares]({PROCEDURES_PATH}inyecciones-facetarias-lumbares/) para calmar la inflamación en las articulaciones\n"
                f"- [Ablación por radiofrecuencia]({PROCEDURES_PATH}ablacion-por-radiofrecuencia/) para un alivio más duradero si un bloqueo de la rama medial le ayuda",
            ),
            WARNING_SIGNS,
        ],
        "faqs": [
            (
                "¿El síndrome facetario lumbar es lo mismo que un nervio pellizcado?",
                "No. El dolor facetario viene de las articulaciones mismas y por lo general se queda en la espalda baja, las nalgas o los muslos. Un nervio pellizcado suele causar un dolor como piquete, adormecimiento u hormigueo que baja por la pierna. Los dos pueden pasar al mismo tiempo, así que su médico revisará si tiene uno, el otro o los dos.",
            ),
            (
                "¿Voy a necesitar cirugía?",
                "Pocas veces se necesita cirugía solo por dolor de las articulaciones facetarias. El ejercicio, la fisioterapia, los medicamentos y las inyecciones ayudan a muchas personas a controlar su dolor. Su médico hablará con usted sobre todas sus opciones.",
            ),
            (
                "¿Puede ayudar el ejercicio?",
                "Sí. El ejercicio suave y regular que fortalece los músculos de la espalda y del abdomen puede dar apoyo a las articulaciones facetarias y reducir la rigidez. Un fisioterapeuta le puede enseñar movimientos que son seguros para usted.",
            ),
        ],
    },
    "facet-joint-arthritis": {
        "slug": "artritis-de-las-articulaciones-facetarias",
        "title": "Artritis de las articulaciones facetarias",
        "seo_title": "Artritis de las articulaciones facetarias: síntomas y tratamiento",
        "faq_heading": "",
        "summary": "La artritis de las articulaciones facetarias es el desgaste de las pequeñas articulaciones de la parte de atrás de la columna. Causa rigidez y un dolor sordo en el cuello o la espalda que muchas veces empeora con el movimiento.",
        "introduction": "Las articulaciones facetarias unen los huesos de su columna y le permiten agacharse y girar. Igual que las rodillas y las caderas, están cubiertas por un cartílago liso. Con el tiempo, este cartílago se puede adelgazar y desgastar, la articulación se puede inflamar y se pueden formar pequeños espolones de hueso. A esto se le llama artritis de las articulaciones facetarias, u osteoartritis facetaria.\n\n"
        f"Es más común con la edad y es una causa frecuente del [síndrome facetario lumbar]({CONDITIONS_PATH}sindrome-facetario-lumbar/) en la espalda baja. También puede afectar el cuello y la parte media de la espalda.",
        "sections": [
            (
                "Síntomas comunes",
                "- Un dolor sordo en el cuello o en la espalda\n"
                "- Rigidez, muchas veces peor en la mañana o después de estar sentado sin moverse\n"
                "- Dolor que empeora al girar, al doblar la espalda hacia atrás o al estar de pie mucho tiempo\n"
                "- Menos facilidad para girar o agacharse\n\n"
                "En el cuello, la artritis facetaria también puede causar dolores de cabeza en la parte de atrás de la cabeza.",
            ),
            (
                "Qué aumenta el riesgo",
                "- La edad, porque las articulaciones se desgastan con los años\n"
                "- Lesiones de la espalda o del cuello en el pasado\n"
                "- El sobrepeso, que pone más carga sobre las articulaciones\n"
                f"- La [enfermedad degenerativa del disco]({CONDITIONS_PATH}enfermedad-degenerativa-del-disco/), que pasa más peso a las articulaciones facetarias\n"
                "- El esfuerzo repetitivo en el trabajo o en los deportes",
            ),
            (
                "Cómo la artritis facetaria puede afectar los nervios cercanos",
                f"Los espolones de hueso y las articulaciones agrandadas pueden estrechar las aberturas por donde los nervios salen de la columna. Esta es una de las causas de la [estenosis espinal]({CONDITIONS_PATH}estenosis-espinal/), y puede causar dolor, adormecimiento u hormigueo en los brazos o las piernas.",
            ),
            (
                "Opciones de tratamiento",
                "- Fisioterapia y ejercicio suave y regular\n"
                "- Calor, mantenerse activo y los medicamentos para el dolor que su médico le recomiende\n"
                f"- Inyecciones facetarias [cervicales]({PROCEDURES_PATH}inyecciones-facetarias-cervicales/), [torácicas]({PROCEDURES_PATH}inyecciones-facetarias-toracicas/) o [lumbares]({PROCEDURES_PATH}inyecciones-facetarias-lumbares/) para calmar la inflamación en el cuello, la parte media de la espalda o la espalda baja\n"
                f"- Un [bloqueo de la rama medial]({PROCEDURES_PATH}bloqueo-de-la-rama-medial/) seguido de una [ablación por radiofrecuencia]({PROCEDURES_PATH}ablacion-por-radiofrecuencia/) para un alivio más duradero\n\n"
                "El tratamiento puede aliviar el dolor y ayudarle a moverse mejor, pero no hace que la artritis desaparezca.",
            ),
        ],
        "faqs": [
            (
                "¿La artritis de las articulaciones facetarias es lo mismo que la artritis reumatoide?",
                "No. La artritis de las articulaciones facetarias es osteoartritis, el tipo que viene con el desgaste a lo largo del tiempo. La artritis reumatoide es una enfermedad autoinmune, en la que las defensas del cuerpo atacan las articulaciones. También puede afectar la columna, pero se diagnostica y se trata de otra manera.",
            ),
            (
                "¿Se puede curar la artritis de las articulaciones facetarias?",
                "El desgaste en sí no tiene cura, pero muchas veces los síntomas se pueden controlar bien con ejercicio, fisioterapia, medicamentos y, cuando hace falta, inyecciones o ablación por radiofrecuencia.",
            ),
            (
                "¿La artritis facetaria siempre causa dolor?",
                "No. Muchas personas tienen señales de artritis facetaria en radiografías o en resonancias magnéticas, pero no sienten dolor. Por eso su médico se fija en sus síntomas y en su examen, no solo en los estudios de imagen.",
            ),
        ],
    },
    "spondylosis": {
        "slug": "espondilosis",
        "title": "Espondilosis",
        "seo_title": "Espondilosis (desgaste de la columna): síntomas y tratamiento",
        "faq_heading": "",
        "summary": "La espondilosis es el desgaste por la edad de los discos y las articulaciones de la columna. Muchas personas no tienen síntomas; otras tienen rigidez, dolor de espalda o de cuello, o síntomas de los nervios.",
        "introduction": "Con la edad, la columna cambia. Los discos pierden agua y altura, las articulaciones facetarias se desgastan y se pueden formar pequeños espolones de hueso. Los médicos llaman espondilosis a estos cambios. Puede afectar el cuello (espondilosis cervical), la parte media de la espalda (espondilosis torácica) o la espalda baja (espondilosis lumbar).\n\n"
        "La espondilosis es muy común a medida que las personas envejecen, y muchas veces no causa ningún problema. Cuando sí causa síntomas, el tratamiento busca aliviar el dolor y ayudarle a seguir en movimiento.",
        "sections": [
            (
                "Síntomas comunes",
                "- Rigidez y dolor en el cuello o en la espalda\n"
                "- Dolor que empeora después de hacer actividad o de estar mucho tiempo en la misma posición\n"
                "- Menos flexibilidad al girar o al agacharse\n\n"
                "Si los espolones de hueso o los discos aprietan los nervios, también puede notar:\n\n"
                "- Dolor, adormecimiento u hormigueo que baja por un brazo o una pierna\n"
                "- Debilidad en un brazo o una pierna",
            ),
            (
                "Cómo se relaciona la espondilosis con otras afecciones",
                "Espondilosis es un nombre general. Incluye, o puede causar:\n\n"
                f"- [Enfermedad degenerativa del disco]({CONDITIONS_PATH}enfermedad-degenerativa-del-disco/): desgaste de los discos que están entre los huesos\n"
                f"- [Artritis de las articulaciones facetarias]({CONDITIONS_PATH}artritis-de-las-articulaciones-facetarias/): desgaste de las pequeñas articulaciones de la parte de atrás de la columna\n"
                f"- [Estenosis espinal]({CONDITIONS_PATH}estenosis-espinal/): los espacios alrededor de la médula espinal y de los nervios se hacen más estrechos",
            ),
            (
                "Cómo se diagnostica",
                f"Su médico le preguntará sobre sus síntomas, lo examinará y puede pedir radiografías o una resonancia magnética. Como estos cambios son comunes en personas sin dolor, su médico comparará lo que muestran las imágenes con sus síntomas antes de decidir el tratamiento. Las inyecciones de diagnóstico, como un [bloqueo de la rama medial]({PROCEDURES_PATH}bloqueo-de-la-rama-medial/), pueden ayudar a encontrar el origen exacto del dolor.",
            ),
            (
                "Opciones de tratamiento",
                "- Fisioterapia y ejercicio regular\n"
                "- Calor y los medicamentos para el dolor que su médico le recomiende\n"
                f"- Inyecciones facetarias [lumbares]({PROCEDURES_PATH}inyecciones-facetarias-lumbares/), [cervicales]({PROCEDURES_PATH}inyecciones-facetarias-cervicales/) o [torácicas]({PROCEDURES_PATH}inyecciones-facetarias-toracicas/) para el dolor de las articulaciones facetarias\n"
                f"- [Inyecciones epidurales de esteroides]({PROCEDURES_PATH}inyecciones-epidurales-de-esteroides/) para el dolor por nervios irritados\n"
                f"- [Ablación por radiofrecuencia]({PROCEDURES_PATH}ablacion-por-radiofrecuencia/) para un alivio más duradero del dolor de las articulaciones facetarias\n\n"
                "La cirugía solo se considera en algunos casos, por ejemplo cuando los nervios están muy apretados.",
            ),
            WARNING_SIGNS,
        ],
        "faqs": [
            (
                "¿La espondilosis es solo algo normal de la edad?",
                "Estos cambios son muy comunes con la edad, y muchas personas nunca tienen síntomas. Cuando la espondilosis sí causa dolor o síntomas de los nervios, vale la pena que lo revisen, porque el tratamiento puede ayudar.",
            ),
            (
                "¿La espondilosis es lo mismo que la espondilolistesis?",
                "No. Espondilosis quiere decir desgaste de la columna. Espondilolistesis quiere decir que un hueso de la columna se resbaló hacia adelante sobre el hueso de abajo. El desgaste de la columna a veces puede causar ese deslizamiento, así que los dos pueden pasar al mismo tiempo.",
            ),
        ],
    },
    "degenerative-disc-disease": {
        "slug": "enfermedad-degenerativa-del-disco",
        "title": "Enfermedad degenerativa del disco",
        "seo_title": "Enfermedad degenerativa del disco: síntomas y tratamiento",
        "faq_heading": "",
        "summary": "La enfermedad degenerativa del disco se refiere a discos de la columna que se han desgastado, secado o perdido altura con la edad. Puede causar dolor de espalda o de cuello y pone más carga sobre las articulaciones facetarias.",
        "introduction": "Entre los huesos de su columna hay discos que funcionan como cojines. Con la edad, estos discos pierden agua, se hacen más delgados y pueden tener pequeñas roturas. Aunque se llama así, la enfermedad degenerativa del disco no es realmente una enfermedad. Es un nombre para estos cambios cuando causan dolor.\n\n"
        f"Los discos desgastados también cambian la forma en que se mueve la columna. Cuando un disco pierde altura, pasa más peso a las articulaciones facetarias que están detrás, y eso puede causar [artritis de las articulaciones facetarias]({CONDITIONS_PATH}artritis-de-las-articulaciones-facetarias/) y [síndrome facetario lumbar]({CONDITIONS_PATH}sindrome-facetario-lumbar/).",
        "sections": [
            (
                "Síntomas comunes",
                "- Dolor en la espalda baja o en el cuello que puede ir y venir, con temporadas en que empeora\n"
                "- Dolor que empeora al estar sentado mucho tiempo, al agacharse o al levantar cosas\n"
                "- Dolor que baja al caminar, al cambiar de posición o al acostarse\n"
                "- Dolor, adormecimiento u hormigueo en un brazo o una pierna si un disco desgastado irrita un nervio",
            ),
            (
                "Qué lo causa",
                "- El envejecimiento natural de los discos\n"
                "- Lesiones, levantar cosas pesadas o esfuerzos repetitivos\n"
                "- Fumar, porque reduce la sangre que mantiene sanos los discos\n"
                "- Antecedentes en la familia",
            ),
            (
                "Opciones de tratamiento",
                "- Fisioterapia y ejercicio para fortalecer los músculos que sostienen la columna\n"
                "- Calor, cambios en sus actividades y los medicamentos para el dolor que su médico le recomiende\n"
                f"- [Inyecciones epidurales de esteroides]({PROCEDURES_PATH}inyecciones-epidurales-de-esteroides/) cuando un disco irrita un nervio\n"
                f"- [Inyecciones facetarias lumbares]({PROCEDURES_PATH}inyecciones-facetarias-lumbares/) o [ablación por radiofrecuencia]({PROCEDURES_PATH}ablacion-por-radiofrecuencia/) cuando la carga sobre las articulaciones facetarias es parte del dolor\n\n"
                "La cirugía solo se considera en algunos casos, cuando otros tratamientos no han ayudado.",
            ),
            WARNING_SIGNS,
        ],
        "faqs": [
            (
                "¿La enfermedad degenerativa del disco va a seguir empeorando?",
                "Los cambios en los discos son parte de la edad, pero el dolor no siempre empeora con el tiempo. Para muchas personas, el dolor sube por temporadas y después se calma. Mantenerse activo y seguir un plan de tratamiento le puede ayudar a controlarlo.",
            ),
            (
                "¿La enfermedad degenerativa del disco es lo mismo que una hernia de disco?",
                "No exactamente. Una hernia de disco es cuando el centro blando de un disco se sale por una rotura y puede apretar un nervio. Los discos desgastados tienen más probabilidad de herniarse, así que las dos cosas están relacionadas.",
            ),
        ],
    },
    "spinal-stenosis": {
        "slug": "estenosis-espinal",
        "title": "Estenosis espinal",
        "seo_title": "Estenosis espinal: síntomas y tratamiento",
        "faq_heading": "",
        "summary": "La estenosis espinal es un estrechamiento dentro de la columna que puede apretar los nervios. Causa dolor de espalda y dolor, adormecimiento o debilidad en las piernas o los brazos, que muchas veces empeoran al caminar.",
        "introduction": f"La médula espinal y los nervios pasan por espacios abiertos dentro de la columna. En la estenosis espinal, estos espacios se hacen más estrechos. Por lo general se debe a cambios de la edad, como discos abultados, ligamentos más gruesos y espolones de hueso por [artritis de las articulaciones facetarias]({CONDITIONS_PATH}artritis-de-las-articulaciones-facetarias/). El estrechamiento puede apretar los nervios.\n\n"
        "La estenosis espinal es más común en la espalda baja (estenosis lumbar) y en el cuello (estenosis cervical). Los síntomas muchas veces aparecen poco a poco con el tiempo.",
        "sections": [
            (
                "Síntomas en la espalda baja y las piernas",
                "- Dolor, calambres, pesadez o adormecimiento en las nalgas o las piernas al estar de pie o al caminar\n"
                "- Alivio al sentarse o al inclinarse hacia adelante, por ejemplo al apoyarse en un carrito del supermercado\n"
                "- Dolor de espalda baja\n"
                "- Debilidad en las piernas",
            ),
            (
                "Síntomas en el cuello y los brazos",
                "- Dolor y rigidez en el cuello\n"
                "- Adormecimiento, hormigueo o debilidad en los brazos o las manos\n"
                "- Torpeza en las manos, como problemas para abrochar botones o para escribir\n"
                "- Problemas de equilibrio o para caminar\n\n"
                "La torpeza en las manos o los problemas de equilibrio pueden querer decir que la médula espinal misma está apretada. Vea pronto a un médico si los nota.",
            ),
            (
                "Causas comunes",
                f"- El desgaste de la columna por la edad, o [espondilosis]({CONDITIONS_PATH}espondilosis/)\n"
                f"- [Enfermedad degenerativa del disco]({CONDITIONS_PATH}enfermedad-degenerativa-del-disco/) y discos abultados o herniados\n"
                f"- Espolones de hueso por [artritis de las articulaciones facetarias]({CONDITIONS_PATH}artritis-de-las-articulaciones-facetarias/)\n"
                "- Ligamentos más gruesos dentro de la columna\n"
                "- Lesiones o cirugías en el pasado y, en algunas personas, un canal de la columna que es estrecho desde el nacimiento",
            ),
            (
                "Opciones de tratamiento",
                "- Fisioterapia y ejercicio que lo mantenga activo, como la bicicleta fija\n"
                "- Los medicamentos para el dolor que su médico le recomiende\n"
                f"- [Inyecciones epidurales de esteroides]({PROCEDURES_PATH}inyecciones-epidurales-de-esteroides/) para calmar los nervios irritados\n"
                f"- [Inyecciones facetarias lumbares]({PROCEDURES_PATH}inyecciones-facetarias-lumbares/) cuando la artritis de las articulaciones facetarias aumenta el dolor de espalda\n"
                "- Cirugía para dar más espacio a los nervios, en algunos casos en que los síntomas son fuertes o están empeorando",
            ),
            WARNING_SIGNS,
        ],
        "faqs": [
            (
                "¿Por qué mis piernas se sienten mejor cuando me siento o me inclino hacia adelante?",
                "Al inclinarse un poco hacia adelante, se abren los espacios de la parte baja de la columna, y eso quita presión a los nervios. Al pararse derecho o inclinarse hacia atrás, los espacios se vuelven a estrechar.",
            ),
            (
                "¿Voy a necesitar cirugía por la estenosis espinal?",
                "No siempre. Muchas personas controlan sus síntomas con ejercicio, fisioterapia, medicamentos e inyecciones. Se puede pensar en la cirugía si los síntomas son fuertes o están empeorando, o si afectan su fuerza, su equilibrio o el control de la vejiga y del intestino.",
            ),
        ],
    },
    "chronic-low-back-pain": {
        "slug": "dolor-cronico-de-espalda-baja",
        "title": "Dolor crónico de espalda baja",
        "seo_title": "Dolor crónico de espalda baja: causas y tratamiento en Los Ángeles",
        "faq_heading": "",
        "summary": "El dolor crónico de espalda baja dura tres meses o más. Encontrar de dónde viene, como las articulaciones facetarias, los discos o los nervios, es el primer paso hacia un plan de tratamiento hecho para usted.",
        "introduction": "La mayoría de los dolores de espalda mejoran en unas semanas. Cuando el dolor en la espalda baja dura tres meses o más, los médicos lo llaman crónico. El dolor crónico de espalda puede hacer difícil dormir, trabajar, manejar o disfrutar el tiempo con la familia, y también puede afectar su estado de ánimo.\n\n"
        "El dolor crónico de espalda baja es un síntoma, no una sola afección. Puede venir de las articulaciones, los discos, los músculos o los nervios de la columna, y muchas veces de más de uno. Una evaluación cuidadosa ayuda a encontrar el origen para que el tratamiento pueda ir dirigido a él.",
        "sections": [
            (
                "Causas comunes",
                f"- [Síndrome facetario lumbar]({CONDITIONS_PATH}sindrome-facetario-lumbar/): dolor de las pequeñas articulaciones de la espalda baja\n"
                f"- [Artritis de las articulaciones facetarias]({CONDITIONS_PATH}artritis-de-las-articulaciones-facetarias/) y [espondilosis]({CONDITIONS_PATH}espondilosis/): desgaste de la columna\n"
                f"- [Enfermedad degenerativa del disco]({CONDITIONS_PATH}enfermedad-degenerativa-del-disco/)\n"
                f"- [Estenosis espinal]({CONDITIONS_PATH}estenosis-espinal/): un estrechamiento que puede apretar los nervios\n"
                f"- [Dolor mecánico de espalda baja]({CONDITIONS_PATH}dolor-mecanico-de-espalda-baja/) por los músculos, los ligamentos y las articulaciones",
            ),
            (
                "Cómo buscamos el origen",
                "- Una conversación sobre su dolor: dónde está, qué lo mejora o lo empeora, y cómo afecta su vida\n"
                "- Un examen físico de su espalda, sus caderas, sus piernas y sus nervios\n"
                "- Una revisión de estudios de imagen, como radiografías o una resonancia magnética, cuando sea útil\n"
                f"- Inyecciones de diagnóstico, como un [bloqueo de la rama medial]({PROCEDURES_PATH}bloqueo-de-la-rama-medial/), para comprobar si una parte específica de la columna causa el dolor",
            ),
            (
                "Opciones de tratamiento",
                "Un buen plan por lo general combina varias formas de tratamiento:\n\n"
                "- Fisioterapia y ejercicio regular\n"
                "- Los medicamentos que su médico le recomiende\n"
                f"- Inyecciones guiadas por imágenes, como las [inyecciones facetarias lumbares]({PROCEDURES_PATH}inyecciones-facetarias-lumbares/) o las [inyecciones epidurales de esteroides]({PROCEDURES_PATH}inyecciones-epidurales-de-esteroides/)\n"
                f"- [Ablación por radiofrecuencia]({PROCEDURES_PATH}ablacion-por-radiofrecuencia/) para un alivio más duradero del dolor de las articulaciones facetarias\n"
                "- Apoyo para el sueño, el estrés y el estado de ánimo, porque todos afectan cómo se siente el dolor",
            ),
            (
                "Cómo vivir bien con dolor crónico de espalda",
                "- Manténgase tan activo como pueda. Pasar mucho tiempo en cama suele empeorar el dolor de espalda.\n"
                "- Vaya a su propio ritmo: reparta sus tareas y tome descansos cortos.\n"
                "- Cambie de posición seguido durante el día.\n"
                "- No falte a sus citas de seguimiento, para que se pueda ajustar su plan.",
            ),
            WARNING_SIGNS,
        ],
        "faqs": [
            (
                "¿Debo quedarme en cama hasta que se me quite el dolor de espalda?",
                "Por lo general, no. Quedarse mucho tiempo en cama puede empeorar la rigidez y la debilidad. Casi siempre ayuda más hacer actividad suave, sin pasar el límite de lo que le resulta cómodo. Pregúntele a su médico qué actividades son seguras para usted.",
            ),
            (
                "¿Se puede tratar el dolor crónico de espalda baja sin cirugía?",
                "Muchas veces, sí. Muchas personas controlan el dolor crónico de espalda con ejercicio, fisioterapia, medicamentos e inyecciones guiadas por imágenes. Su médico le explicará qué opciones van con su diagnóstico.",
            ),
            (
                "¿Una resonancia magnética va a mostrar qué causa mi dolor?",
                "A veces. Una resonancia magnética muestra las partes de la columna, pero muchas personas tienen desgaste en la resonancia sin sentir ningún dolor. Su médico junta los estudios de imagen con su examen y, cuando hace falta, con inyecciones de diagnóstico para encontrar el origen.",
            ),
        ],
    },
    "mechanical-low-back-pain": {
        "slug": "dolor-mecanico-de-espalda-baja",
        "title": "Dolor mecánico de espalda baja",
        "seo_title": "Dolor mecánico de espalda baja: causas y tratamiento",
        "faq_heading": "",
        "summary": "El dolor mecánico de espalda baja viene de las articulaciones, los discos, los músculos y los ligamentos de la parte baja de la columna. Cambia con el movimiento y la posición, y es un tipo de dolor de espalda muy común.",
        "introduction": "“Mecánico” quiere decir que el dolor viene de las partes de la columna que se mueven: las articulaciones facetarias, los discos, los músculos y los ligamentos. Por lo general empeora con ciertos movimientos o posiciones y mejora con otros. Eso lo hace diferente del dolor causado por un nervio pellizcado, o por problemas como una infección o una enfermedad en otra parte del cuerpo.\n\n"
        f"El dolor mecánico de espalda baja puede empezar de repente después de levantar algo o de girar, o puede aparecer poco a poco. Cuando dura tres meses o más, es un tipo de [dolor crónico de espalda baja]({CONDITIONS_PATH}dolor-cronico-de-espalda-baja/).",
        "sections": [
            (
                "Síntomas comunes",
                "- Dolor sordo o rigidez en la espalda baja\n"
                "- Dolor que cambia con el movimiento, la postura o la actividad\n"
                "- Dolor que baja con el descanso o al cambiar de posición\n"
                "- Dolor que se queda sobre todo en la espalda, las nalgas o los muslos",
            ),
            (
                "Causas comunes",
                "- Músculos o ligamentos lastimados por un esfuerzo\n"
                f"- [Síndrome facetario lumbar]({CONDITIONS_PATH}sindrome-facetario-lumbar/) y [artritis de las articulaciones facetarias]({CONDITIONS_PATH}artritis-de-las-articulaciones-facetarias/)\n"
                f"- [Enfermedad degenerativa del disco]({CONDITIONS_PATH}enfermedad-degenerativa-del-disco/)\n"
                f"- [Espondilosis]({CONDITIONS_PATH}espondilosis/): desgaste de la columna por la edad\n"
                "- Levantar cosas en una mala postura, estar sentado mucho tiempo o hacer esfuerzos repetitivos",
            ),
            (
                "Opciones de tratamiento",
                "- Mantenerse activo y volver poco a poco a sus actividades normales\n"
                "- Fisioterapia y ejercicios que fortalecen la espalda y el abdomen\n"
                "- Calor y los medicamentos para el dolor que su médico le recomiende\n"
                f"- [Inyecciones facetarias lumbares]({PROCEDURES_PATH}inyecciones-facetarias-lumbares/) o un [bloqueo de la rama medial]({PROCEDURES_PATH}bloqueo-de-la-rama-medial/) cuando la causa probable son las articulaciones facetarias\n"
                f"- [Ablación por radiofrecuencia]({PROCEDURES_PATH}ablacion-por-radiofrecuencia/) para un alivio más duradero del dolor de las articulaciones facetarias",
            ),
            WARNING_SIGNS,
        ],
        "faqs": [
            (
                "¿En qué se diferencia el dolor mecánico de espalda del dolor de nervio?",
                "El dolor mecánico por lo general es un dolor sordo en la espalda que cambia con el movimiento y la posición. El dolor de nervio suele sentirse como un piquete, ardor u hormigueo, y muchas veces baja por la pierna más allá de la rodilla.",
            ),
            (
                "¿Cuándo debo ver a un especialista en dolor?",
                "Piense en hacerse una evaluación si su dolor de espalda dura más de unas semanas, regresa una y otra vez, o no le deja trabajar, dormir o hacer su vida diaria. Busque ayuda de inmediato si tiene cualquiera de las señales de alerta que aparecen en esta página.",
            ),
        ],
    },
}

# The home page's own words, hard-coded in templates/procedures/home.html and the call to action it
# includes (templates/includes/cta.html): English as written there -> Spanish. {clinic_name} stands
# for the clinic's name.
HOME = {
    "page_title": (
        "Non-surgical pain care in Los Angeles",
        "Alivio del dolor sin cirugía en L.A.",
    ),
    "description": (
        "Non-surgical, image-guided treatment for back, neck and joint pain in Los Angeles.",
        "Tratamiento sin cirugía y guiado por imágenes para el dolor de espalda, de cuello y de las articulaciones en Los Ángeles.",
    ),
    "heading": (
        "Relief for back, neck and joint pain — without surgery",
        "Alivio para el dolor de espalda, de cuello y de las articulaciones, sin cirugía",
    ),
    "lead": (
        "{clinic_name} finds where your pain comes from and treats it at the source with precise, image-guided procedures, as part of a plan built around your daily life.",
        "En {clinic_name} buscamos de dónde viene su dolor y lo tratamos en su origen con procedimientos precisos y guiados por imágenes, como parte de un plan hecho a la medida de su vida diaria.",
    ),
    "request_button": ("Request a consultation", "Pida una consulta"),
    "or_call": ("or call", "o llame al"),
    "conditions_heading": ("Conditions we treat", "Afecciones que tratamos"),
    "all_conditions": ("All conditions", "Todas las afecciones"),
    "procedures_heading": ("Our procedures", "Nuestros procedimientos"),
    "all_procedures": ("All procedures", "Todos los procedimientos"),
    "cta_heading": ("Talk to a pain specialist", "Hable con un especialista en dolor"),
    "cta_text": (
        "Tell us a little about your pain and we will call you back to arrange a consultation.",
        "Cuéntenos un poco sobre su dolor y lo llamaremos para hacer una cita de consulta.",
    ),
    "cta_or_call": ("Or call us at", "O llámenos al"),
}

# The seeded location's patient-facing text, keyed by its English name (clinic_content.LOCATIONS).
LOCATIONS = {
    "Los Angeles": {
        "name": "Los Ángeles",
        "street_address": "Dirección por confirmar",
    },
}

# The Spanish fields of the content that is not a page (issue #13 item 2), loaded by load_clinic_content
# into the `…_es` fields only where they are empty and the English field still says what the seed wrote
# (clinic_content): an editor's own English is never paired with a translation of something else.

# Clinic.emergency_notice_es, for clinic_content's default notice (procedures.models.Clinic).
EMERGENCY_NOTICE = (
    "If this is a medical emergency, call 911 or go to the nearest emergency room.",
    "Si es una emergencia médica, llame al 911 o vaya a la sala de emergencias más cercana.",
)

# The placeholder profiles (clinic_content.PLACEHOLDER_PROFILES), keyed by slug.
PLACEHOLDER_BIOGRAPHY = (
    "Este perfil es provisional. La clínica pondrá aquí la biografía de su médico, sus certificaciones "
    "y los idiomas que habla.\n\n"
    "Mientras tanto, si tiene preguntas sobre nuestros médicos, llámenos o pida una consulta."
)
PHYSICIANS = {
    "reviewing-physician-to-be-named-by-the-clinic": {
        "specialty_label_es": "Medicina intervencionista del dolor (provisional)",
        "biography_es": PLACEHOLDER_BIOGRAPHY,
    },
    "physician-to-be-named-by-the-clinic": {
        "specialty_label_es": "Medicina física y rehabilitación (provisional)",
        "biography_es": PLACEHOLDER_BIOGRAPHY,
    },
}

# The insurance groups (clinic_content.INSURANCE_GROUPS), keyed by key. A name that is a plan's or
# program's own name (PPO, HMO, Medicare, Medi-Cal) has no Spanish name: it is shown as it is.
INSURANCE_GROUPS = {
    "ppo": {
        "explanation_es": "Casi siempre puede venir sin una referencia. Traiga su tarjeta del seguro; nosotros revisamos sus beneficios y cualquier autorización previa que su plan pida antes de un procedimiento.",
    },
    "hmo": {
        "explanation_es": "Traiga su tarjeta y su referencia si su HMO la pide: pídasela a su médico de cabecera o a su grupo médico antes de su cita.",
    },
    "medicare": {
        "explanation_es": "Traiga su tarjeta de Medicare (roja, blanca y azul) y la tarjeta de cualquier plan suplementario o plan Medicare Advantage que tenga.",
    },
    "medi-cal": {
        "explanation_es": "Traiga su tarjeta de Medi-Cal (Benefits Identification Card) y la tarjeta de su plan de salud de Medi-Cal; la mayoría de los planes piden una referencia de su médico de cabecera.",
    },
    "workers-comp": {
        "name_es": "Compensación de trabajadores",
        "explanation_es": "Si se lastimó en el trabajo, traiga su número de reclamo y el nombre y el teléfono de su ajustador de reclamos. El tratamiento necesita la autorización de la aseguradora.",
    },
    "personal-injury": {
        "name_es": "Lesiones personales / gravamen (lien)",
        "explanation_es": "Después de un accidente de auto u otra lesión con un reclamo, podemos atenderlo con un gravamen (lien) a través de su abogado. Traiga el nombre y el teléfono de su abogado.",
    },
    "self-pay": {
        "name_es": "Pago directo",
        "explanation_es": "¿No tiene seguro, o tiene un plan que no aceptamos? Pregúntenos el precio de su cita y de su procedimiento antes de venir.",
    },
}

# The header's and footer's entries (clinic_content.MENUS), keyed by their English label.
MENU_LABELS = {
    "Procedures": "Procedimientos",
    "Conditions": "Afecciones",
    "Physicians": "Médicos",
    "Locations": "Ubicaciones",
    "Insurance": "Seguros",
    "About": "Quiénes somos",
    "Contact": "Contacto",
    "What to expect": "Qué esperar",
    "Patient forms": "Formularios para pacientes",
}

# The clinic's own pages (clinic_content.CLINIC_PAGES), keyed by the English page's slug, with the same
# sections in the same order. Loaded as Spanish pages by `manage.py load_clinic_content` (issue #13).
CLINIC_PAGES = {
    "about": {
        "slug": "sobre-la-clinica",
        "title": "Sobre la clínica",
        "seo_title": "Sobre Advanced Pain Medical Group",
        "summary": "Advanced Pain Medical Group es una clínica de medicina del dolor en Los Ángeles que trata el dolor de espalda, de cuello y de las articulaciones sin cirugía.",
        "introduction": "Advanced Pain Medical Group ayuda a las personas de Los Ángeles a vivir con menos dolor. Buscamos de dónde viene su dolor y lo tratamos en su origen, casi siempre sin cirugía.\n\n"
        "[Texto provisional: la clínica agregará unas frases sobre su historia y lo que hace única su atención.]",
        "sections": [
            (
                "Lo que tratamos",
                f"Tratamos el dolor de la columna y de las articulaciones que dura mucho tiempo: [dolor de espalda baja]({CONDITIONS_PATH}dolor-cronico-de-espalda-baja/), dolor de cuello, [artritis de la columna]({CONDITIONS_PATH}artritis-de-las-articulaciones-facetarias/), [estenosis espinal]({CONDITIONS_PATH}estenosis-espinal/) y dolor que baja a los brazos o a las piernas. Vea [todas las afecciones que tratamos]({CONDITIONS_PATH}) y [los procedimientos que ofrecemos]({PROCEDURES_PATH}).",
            ),
            (
                "Cómo trabajamos",
                "- Primero lo escuchamos: su primera visita es sobre su dolor, su historia y lo que usted quiere volver a hacer.\n"
                "- Le explicamos sus opciones con palabras sencillas, también las que no necesitan un procedimiento.\n"
                "- Usamos imágenes para guiar las inyecciones, para que el medicamento llegue justo adonde se necesita.\n"
                "- Trabajamos con su médico de cabecera y lo mantenemos informado.",
            ),
            (
                "Nuestros médicos",
                "[Texto provisional: la clínica presentará aquí a sus médicos, con su formación y su certificación.]",
            ),
        ],
    },
    "what-to-expect": {
        "slug": "que-esperar",
        "title": "Qué esperar de su procedimiento",
        "seo_title": "Qué esperar antes, durante y después de un procedimiento",
        "faq_heading": "",
        "summary": "Cómo prepararse para un procedimiento para el dolor en nuestra clínica, qué pasa ese día y cómo cuidarse después.",
        "introduction": "La mayoría de nuestros procedimientos son cortos y se hacen mientras usted está despierto. Saber lo que va a pasar puede hacer el día más fácil. Sus instrucciones pueden ser distintas: siga siempre lo que le diga su equipo médico.",
        "sections": [
            (
                "Antes de su procedimiento",
                "- Lo llamaremos unos días antes para confirmar la hora y repasar sus instrucciones.\n"
                "- Díganos si toma anticoagulantes (medicinas para que la sangre no se coagule), si tiene diabetes, si es alérgico al medio de contraste o a algún medicamento, o si podría estar embarazada.\n"
                "- Siga tomando sus medicinas de siempre, a menos que le digamos otra cosa. No deje de tomar un anticoagulante por su cuenta: pregúntele al médico que se lo recetó.\n"
                "- Si le dicen que puede recibir sedación, pida a un adulto que lo lleve a su casa.\n"
                "- Use ropa floja y cómoda, y deje sus joyas en casa.",
            ),
            (
                "El día del procedimiento",
                "- Llegue 30 minutos antes, con su identificación con foto, su tarjeta del seguro y una lista de sus medicinas.\n"
                "- Una enfermera le toma la presión y contesta sus preguntas. El médico le explica el procedimiento y le pide que firme un formulario de consentimiento.\n"
                "- Usted se acuesta en una mesa acolchada. Se limpia la piel y se adormece con una pequeña inyección.\n"
                "- El médico usa una pantalla de rayos X o un ultrasonido para guiar una aguja delgada al lugar correcto. Puede sentir presión; díganos si siente un dolor agudo.\n"
                "- La mayoría de los procedimientos duran de 15 a 30 minutos. Después descansa un rato con nosotros antes de irse a su casa.",
            ),
            (
                "Después de su procedimiento",
                "- Descanse el resto del día. La mayoría de las personas vuelven a sus actividades de siempre al día siguiente.\n"
                "- Es común sentir dolor donde entró la aguja por uno o dos días. Puede ayudar ponerse hielo 15 minutos cada vez.\n"
                "- Puede sentir alivio enseguida por el medicamento que adormece, y luego el dolor puede volver unos días hasta que el medicamento de efecto más largo empiece a funcionar.\n"
                "- Anote cómo está su dolor cada día: eso ayuda a su médico a planear el siguiente paso.\n"
                "- No falte a su cita de seguimiento.",
            ),
            (
                "Cuándo llamarnos",
                "Llame a la clínica si tiene fiebre, enrojecimiento o hinchazón donde entró la aguja, o un dolor de cabeza que empeora al sentarse. Llame al 911 o vaya a la sala de emergencias más cercana si siente debilidad o adormecimiento nuevos en las piernas, o si pierde el control de la vejiga o del intestino.",
            ),
        ],
        "faqs": [
            (
                "¿Me va a doler?",
                "Sentirá un pequeño piquete cuando le adormezcan la piel, y después casi siempre presión más que dolor. Dígale al equipo cómo se siente en cualquier momento.",
            ),
            (
                "¿Puedo comer antes de mi procedimiento?",
                "Casi siempre sí, una comida ligera. Si va a recibir sedación, le diremos a qué hora dejar de comer y de beber.",
            ),
        ],
    },
    "patient-forms": {
        "slug": "formularios-para-pacientes",
        "title": "Formularios para pacientes",
        "seo_title": "",
        "summary": "Los formularios que debe llenar antes de su primera visita, para imprimir o llenar en su computadora.",
        "introduction": "Si llena sus formularios antes de su visita, ahorra tiempo ese día. Tráigalos con usted, o llegue 20 minutos antes para llenarlos en la clínica.\n\n"
        "[Texto provisional: la clínica agregará aquí sus formularios en PDF: registro de paciente nuevo, historia médica y consentimiento para el tratamiento.]",
        "sections": [
            (
                "¿Necesita ayuda con un formulario?",
                "Llámenos y lo llenamos juntos, o [háganos una pregunta con el formulario de consulta](/es/consulta/). En la clínica le podemos dar los formularios impresos.",
            ),
        ],
    },
    "contact": {
        "slug": "contacto",
        "title": "Contáctenos",
        "seo_title": "Contacte a Advanced Pain Medical Group",
        "summary": "Llame a la clínica, visite una de nuestras ubicaciones o pida una consulta en línea y lo llamaremos.",
        "introduction": "Estamos aquí para ayudarle. Llámenos, o [pida una consulta en línea](/es/consulta/) y lo llamaremos, casi siempre en un día hábil.\n\n"
        "Si es una emergencia médica, llame al 911 o vaya a la sala de emergencias más cercana.",
        "sections": [
            (
                "Llámenos",
                "Número principal: [(310)\u00a0555\u20110142](tel:+13105550142)\n\n"
                "[Texto provisional: la clínica confirmará sus números de teléfono; el número de arriba todavía no funciona.]",
            ),
            (
                "Nuestra ubicación",
                "Los Ángeles: dirección por confirmar, Los Angeles, CA 90025. Teléfono: [(310)\u00a0555\u20110143](tel:+13105550143).\n\n"
                "Lunes a viernes: 8:00\u00a0a.\u00a0m.\u00a0–\u00a05:00\u00a0p.\u00a0m. Sábado y domingo: cerrado.\n\n"
                "[Texto provisional: la clínica dará su dirección, el estacionamiento y cómo llegar.]",
            ),
        ],
    },
}

# The required notices (clinic_content.NOTICES), in Spanish, keyed by notice. Draft wording like the
# English: shown with the draft banner until the clinic marks each reviewed (check --deploy warns).
DRAFT_NOTE = "*Este es un texto provisional preparado para la clínica. Será reemplazado por el aviso revisado de la clínica.*"

NOTICES = [
    {
        "notice": "privacy-practices",
        "slug": "aviso-de-practicas-de-privacidad",
        "title": "Aviso de prácticas de privacidad",
        "summary": "Cómo Advanced Pain Medical Group puede usar y compartir su información de salud, sus derechos sobre ella y cómo comunicarse con nosotros o presentar una queja.",
        "introduction": DRAFT_NOTE + "\n\n"
        "**Este aviso describe cómo se puede usar y divulgar su información médica y cómo puede usted tener acceso a esta información. Por favor léalo con cuidado.**\n\n"
        "La ley nos obliga a proteger la privacidad de su información de salud y a darle este aviso sobre nuestras obligaciones legales y nuestras prácticas de privacidad (45 CFR 164.520).",
        "sections": [
            (
                "Cómo podemos usar y divulgar su información de salud",
                "- **Tratamiento:** para darle atención y coordinarla, por ejemplo con su médico de cabecera o un fisioterapeuta.\n"
                "- **Pago:** para cobrar y recibir el pago de usted, de su plan de salud, de la compensación de trabajadores o de otros.\n"
                "- **Operaciones de atención médica:** para manejar nuestra práctica, mejorar la atención y capacitar al personal.\n"
                "- **Cuando la ley lo exige o lo permite:** por ejemplo para la salud y la seguridad públicas, la supervisión de la salud, demandas y acciones legales, las autoridades, la compensación de trabajadores, y para responder a solicitudes de donación de órganos, médicos forenses y funciones del gobierno.\n\n"
                "Nunca vendemos su información de salud ni la usamos para publicidad sin su permiso por escrito. Otros usos y divulgaciones que no se describen en este aviso se hacen solo con su autorización por escrito, que usted puede cancelar por escrito en cualquier momento. La ley de California (la Ley de Confidencialidad de la Información Médica) puede proteger su información más que la ley federal; cuando es así, seguimos la ley de California.",
            ),
            (
                "Sus derechos",
                "Usted tiene derecho a:\n\n"
                "- recibir una copia electrónica o en papel de su expediente médico;\n"
                "- pedirnos que corrijamos su expediente médico;\n"
                "- pedirnos que nos comuniquemos con usted de cierta manera o en cierto lugar;\n"
                "- pedirnos que limitemos lo que usamos o compartimos y, si paga todo de su bolsillo, que no compartamos esa información con su plan de salud;\n"
                "- recibir una lista de las personas con quienes hemos compartido su información;\n"
                "- recibir una copia en papel de este aviso en cualquier momento;\n"
                "- elegir a alguien para que actúe en su nombre;\n"
                "- presentar una queja si cree que se han violado sus derechos.",
            ),
            (
                "Nuestras obligaciones",
                "La ley nos obliga a mantener la privacidad y la seguridad de su información de salud protegida, a avisarle pronto si ocurre una violación que pueda haberla expuesto, a cumplir las obligaciones y prácticas de privacidad que describe este aviso y darle una copia, y a no usar ni compartir su información de otra forma que la que se describe aquí, a menos que usted nos lo permita por escrito. Podemos cambiar los términos de este aviso; el nuevo aviso se aplica a toda la información que tenemos sobre usted y se publica en esta página y en nuestras oficinas.",
            ),
            (
                "Quejas",
                "Si cree que se han violado sus derechos de privacidad, puede presentar una queja ante nosotros (vea “Contacto” abajo) o ante la Oficina de Derechos Civiles del Departamento de Salud y Servicios Humanos de los EE. UU., 200 Independence Avenue SW, Washington, D.C. 20201, 1-877-696-6775, o en www.hhs.gov/ocr/privacy/hipaa/complaints/. No tomaremos represalias contra usted por presentar una queja.",
            ),
            (
                "Contacto",
                "Oficial de Privacidad, Advanced Pain Medical Group, Los Ángeles. Llame a nuestro número principal, que aparece al final de esta página, y pida hablar con el Oficial de Privacidad. *(La clínica dará aquí el nombre, la dirección, el correo electrónico y el teléfono del Oficial de Privacidad.)*",
            ),
            (
                "Fecha de vigencia",
                "Este aviso entra en vigor el *(fecha que fijará la clínica)*.",
            ),
        ],
    },
    {
        "notice": "website-privacy",
        "slug": "privacidad",
        "title": "Política de privacidad del sitio web",
        "summary": "Lo que este sitio web recoge, lo que no recoge (sin rastreadores, sin publicidad, sin terceros), cuánto tiempo lo guardamos y cómo pedirnos que lo borremos.",
        "introduction": DRAFT_NOTE + "\n\n"
        "Esta política es solo para este sitio web. Cómo manejamos su información de salud como paciente se explica en nuestro [Aviso de prácticas de privacidad](/es/aviso-de-practicas-de-privacidad/). Seguimos la ley de California, incluida la Ley de Privacidad del Consumidor de California (CCPA) cuando se aplica y la Ley de Confidencialidad de la Información Médica (CMIA).",
        "sections": [
            (
                "Lo que recoge el sitio",
                "**Al leer las páginas:** no se guarda nada sobre usted, aparte de los registros de nuestro servidor (vea abajo). No usamos herramientas de análisis, de publicidad ni de rastreo, ni botones de redes sociales, ni letras, mapas o programas de otras compañías: su navegador solo se comunica con nuestro propio servidor.\n\n"
                "**Cookies:** leer nuestras páginas no pone ninguna cookie. Nuestros formularios ponen una sola cookie de seguridad, estrictamente necesaria, que los protege contra falsificaciones; no guarda nada sobre usted.\n\n"
                "**El formulario para pedir una consulta:** su nombre y apellido, su número de teléfono, su correo electrónico (opcional), cómo y cuándo quiere que nos comuniquemos con usted, la ubicación que prefiere, el procedimiento o la afección sobre la que pregunta, su tipo de seguro, lo que escribe sobre su dolor (opcional), cómo supo de nosotros, la página de la que vino y la hora en que aceptó esta política.\n\n"
                "**El formulario para reportar una barrera de accesibilidad:** la página con la que tuvo problemas, lo que salió mal y, si usted quiere, su nombre, su correo electrónico o su número de teléfono.",
            ),
            (
                "Cómo lo usamos",
                "Solo para hacer su cita de consulta, para contestarle o para arreglar la barrera que nos reportó. Se guarda en nuestros propios sistemas y solo lo ve nuestro personal. Los correos entre nuestro personal nunca contienen lo que usted escribió ni sus datos de contacto. No vendemos ni compartimos su información personal, y no la usamos para publicidad.",
            ),
            (
                "Registros del servidor",
                "Como todo servidor web, el nuestro anota cada solicitud: la dirección de red, la hora, la página pedida y el nombre del navegador. Los registros nunca contienen lo que usted escribe en un formulario. Los usamos solo para que el sitio funcione y esté seguro, y los borramos después de poco tiempo.",
            ),
            (
                "Cuánto tiempo lo guardamos",
                "Cuando se cierra una solicitud de consulta (o se marca como correo no deseado), quitamos su nombre, su número de teléfono, su correo electrónico y lo que escribió de los registros del sitio web después de 180 días; la descripción y los datos de contacto de un reporte de accesibilidad se quitan de la misma forma cuando se resuelve. Lo que queda (fechas, ubicación, tipo de seguro) se usa solo para hacer cuentas. Si usted se hace nuestro paciente, su expediente médico se guarda como lo exige la ley.",
            ),
            (
                "Sus opciones y sus derechos",
                "Puede preguntarnos qué información personal tiene este sitio web sobre usted, pedirnos que la corrijamos o que la borremos. Llámenos al número que aparece al final de esta página, o díganoslo en su visita. Confirmaremos quién es usted antes de actuar, le contestaremos en 45 días como máximo y nunca lo trataremos de forma diferente por preguntar.",
            ),
            (
                "Cambios",
                "Publicaremos cualquier cambio a esta política en esta página, con su fecha. *(La clínica fijará la fecha de vigencia.)*",
            ),
        ],
    },
    {
        "notice": "accessibility",
        "slug": "accesibilidad",
        "title": "Declaración de accesibilidad",
        "summary": "Nuestro compromiso con un sitio web que todos puedan usar, la norma que buscamos cumplir, lo que sabemos que todavía no está bien y cómo avisarnos de una barrera.",
        "introduction": DRAFT_NOTE + "\n\n"
        "Advanced Pain Medical Group quiere que todas las personas, incluidas las personas con discapacidades, puedan usar este sitio web y recibir la información y la atención que necesitan.",
        "sections": [
            (
                "Nuestra norma",
                "Buscamos cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2, nivel AA. Probamos cada tipo de página con revisiones automáticas (axe-core), solo con el teclado, con un zoom de 200 %, en la pantalla pequeña de un teléfono y con un lector de pantalla.",
            ),
            (
                "Lo que sabemos que todavía no está bien",
                "- Algunos documentos PDF, como los formularios para imprimir, pueden no ser totalmente accesibles. Pídanos la misma información en otro formato.\n"
                "- Traducciones: un traductor calificado revisa las frases de asistencia con idiomas antes de que las usemos; algunas páginas del sitio todavía están solo en inglés.\n"
                "- Las imágenes que agrega nuestro personal dependen de las descripciones que escriben; avísenos si falta una o si no ayuda.",
            ),
            (
                "Avísenos de una barrera",
                "Si algo de este sitio no le funciona, [reporte una barrera de accesibilidad](/es/reportar-barrera/) con nuestro formulario corto, o llámenos al número que aparece al final de esta página. Le daremos la información de otra forma y arreglaremos la página. No necesitamos su nombre para hacerlo.",
            ),
            (
                "Ayuda en nuestras oficinas",
                "Ofrecemos ayudas y servicios auxiliares gratis, como intérpretes calificados de lenguaje de señas e información escrita en otros formatos, y asistencia gratis con idiomas. Vea nuestro [aviso de no discriminación](/es/aviso-de-no-discriminacion/) y la página de [asistencia con idiomas](/es/asistencia-con-idiomas/).",
            ),
        ],
    },
    {
        "notice": "nondiscrimination",
        "slug": "aviso-de-no-discriminacion",
        "title": "Aviso de no discriminación",
        "summary": "Advanced Pain Medical Group cumple con las leyes federales de derechos civiles y no discrimina. Hay ayuda gratis con idiomas y ayudas para personas con discapacidades.",
        "introduction": DRAFT_NOTE + "\n\n"
        "Advanced Pain Medical Group cumple con las leyes federales de derechos civiles que se aplican y no discrimina por raza, color, origen nacional (incluidos el dominio limitado del inglés y el idioma principal), edad, discapacidad o sexo (incluidos el embarazo, la orientación sexual, la identidad de género y las características sexuales). No excluimos a las personas ni las tratamos de forma diferente por estos motivos (Sección 1557 de la Ley del Cuidado de Salud a Bajo Precio; 45 CFR 92).",
        "sections": [
            (
                "La ayuda gratis que ofrecemos",
                "- **Para personas con discapacidades:** cambios razonables, y ayudas y servicios auxiliares apropiados y gratis para comunicarse bien con nosotros, como intérpretes calificados de lenguaje de señas e información escrita en otros formatos (letra grande, audio, formatos electrónicos accesibles).\n"
                "- **Para personas cuyo idioma principal no es el inglés:** servicios gratis de asistencia con idiomas, como intérpretes calificados e información escrita en otros idiomas.\n\n"
                "Para pedirlos, llámenos al número que aparece al final de esta página o pregunte en la recepción. Son gratis y se dan a tiempo.",
            ),
            (
                "Si cree que lo discriminamos",
                "Si cree que no le dimos estos servicios o que lo discriminamos de otra forma, puede presentar una queja ante nuestro Coordinador de la Sección 1557 *(la clínica dará el nombre, la dirección, el teléfono y el correo electrónico)*. Puede presentarla en persona, por correo o por teléfono. Si necesita ayuda para presentarla, el Coordinador de la Sección 1557 le puede ayudar.\n\n"
                "También puede presentar una queja de derechos civiles ante la Oficina de Derechos Civiles del Departamento de Salud y Servicios Humanos de los EE. UU., por internet en el Portal de Quejas de la Oficina de Derechos Civiles, https://ocrportal.hhs.gov/ocr/portal/lobby.jsf, o por correo o teléfono: U.S. Department of Health and Human Services, 200 Independence Avenue SW, Room 509F, HHH Building, Washington, D.C. 20201, 1-800-368-1019, 800-537-7697 (TDD). Los formularios de queja están en http://www.hhs.gov/ocr/office/file/index.html.",
            ),
        ],
    },
    {
        "notice": "language-assistance",
        "slug": "asistencia-con-idiomas",
        "title": "Asistencia con idiomas",
        "summary": "Hay ayuda gratis con idiomas y ayudas auxiliares. Abajo, este aviso en los 15 idiomas más hablados en California.",
        "introduction": DRAFT_NOTE + "\n\n"
        "**Atención:** si usted habla otro idioma que no sea el inglés, tiene a su disposición servicios gratis de asistencia con idiomas. También tiene a su disposición, sin costo, ayudas y servicios auxiliares apropiados para darle la información en formatos accesibles. Llámenos al número de abajo, o pregunte en la recepción.",
        "sections": [],
    },
]
