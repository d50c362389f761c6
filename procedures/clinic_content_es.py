"""The Spanish version of the clinic's starting content (procedures/clinic_content.py), as plain data.

Not loaded yet: nothing imports this module, neither the models nor `manage.py load_clinic_content`,
because the way a page holds its Spanish version (issue #13, item 2) is chosen later. Whatever that
is, the loader reads PROCEDURES and CONDITIONS here, each keyed by the English page's slug, with the
English page's structure: the same sections and questions in the same order, plus a Spanish `slug`.
Loaded pages must be marked as not yet reviewed: a medical reviewer approves a translation like the
original.

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
                "Las inyecciones facetarias lumbares, que a veces se llaman inyecciones en las facetas de la columna o inyecciones facetarias para el dolor de espalda, llevan medicamento antiinflamatorio directamente dentro o alrededor de las articulaciones facetarias afectadas. Como el medicamento se coloca donde está la inflamación, este tratamiento puede funcionar mejor que solo tomar medicamentos por boca.\n\n"
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
                f"Los bloqueos facetarios de diagnóstico se usan en toda la columna: para evaluar el dolor de espalda baja con inyecciones lumbares, o para encontrar dolor de las articulaciones facetarias en el cuello o en la parte media de la espalda con [inyecciones facetarias cervicales]({PROCEDURES_PATH}inyecciones-facetarias-cervicales/) o [inyecciones facetarias torácicas]({PROCEDURES_PATH}inyecciones-facetarias-toracicas/).",
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
                "No tiene que organizar su vida alrededor del dolor de espalda baja ni aceptarlo como parte de su día a día. Si su dolor se siente mecánico, empeora con el movimiento o está relacionado con artritis de la columna, las inyecciones facetarias lumbares pueden darle alivio y también ayudar a aclarar qué causa sus síntomas. Pida hoy una consulta con Advanced Pain Medical Group para conocer las inyecciones facetarias lumbares en Los Ángeles y descubrir un tratamiento dirigido y sin cirugía para un alivio duradero del dolor de columna.",
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
                "Su equipo médico le dirá antes si debe dejar de tomar algún medicamento por un tiempo, como los anticoagulantes (medicinas para que la sangre no se coagule), y si necesita que alguien lo lleve a casa. No deje de tomar ningún medicamento a menos que ellos se lo indiquen.",
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
        "Una inyección facetaria torácica es un tratamiento mínimamente invasivo y guiado por imágenes. Pone medicamento dentro o cerca de las articulaciones afectadas, o medicamento para adormecer junto a los pequeños nervios que les dan sensibilidad, para aliviar el dolor y ayudar a mostrar si las articulaciones son la causa.",
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
        "introduction": "Los nervios de la columna salen por pequeñas aberturas entre los huesos. Cuando un nervio está apretado o irritado, por ejemplo por un disco abultado o porque la columna se hizo más estrecha, puede causar dolor, adormecimiento u hormigueo que baja por un brazo o una pierna. El dolor que baja por la pierna muchas veces se llama ciática.\n\n"
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
    # MORE CONDITIONS
}

# The home page's own words, hard-coded in templates/procedures/home.html and the call to action it
# includes (templates/includes/cta.html): English as written there -> Spanish. {clinic_name} stands
# for the clinic's name.
HOME = {
    "page_title": ("Non-surgical pain care in Los Angeles", "Tratamiento del dolor sin cirugía en Los Ángeles"),
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
        "hours": "Lunes a viernes: 8:00 a. m. – 5:00 p. m.\nSábado y domingo: cerrado",
    },
}
