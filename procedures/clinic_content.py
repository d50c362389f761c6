"""The clinic's starting content, as plain data: `manage.py load_clinic_content` puts it in the database.

Bodies are Markdown, written the way an editor sees them in the admin: one paragraph per line.
Relations name pages by slug. The lumbar facet injections page is the clinic's own copy, word for word.
"""

# ruff: noqa: E501  (prose: a paragraph stays on one line, as it is stored and edited)

# Shared by the condition pages: the warning signs that need urgent care rather than a clinic visit.
WARNING_SIGNS = (
    "When to get medical help right away",
    "Most back and neck pain is not an emergency. Call 911 or go to the nearest emergency room if your pain comes with any of these:\n\n"
    "- Loss of control of your bladder or bowels\n"
    "- Numbness in the groin, buttocks or inner thighs\n"
    "- New or quickly worsening weakness in your arms or legs\n"
    "- Fever, or pain after a serious fall or accident\n\n"
    "See your doctor soon if you notice clumsy hands or trouble with balance, or if you have back pain together with unexplained weight loss or a history of cancer.",
)

PROCEDURES = [
    {
        "slug": "lumbar-facet-injections",
        "title": "Lumbar Facet Injections",
        "seo_title": "Lumbar Facet Injections in Los Angeles",
        "faq_heading": "Frequently Asked Questions About Lumbar Facet Injections",
        "summary": "Image-guided lumbar facet injections for lower back pain that comes from the small joints of the spine: a non-surgical treatment that can ease pain and help confirm where it comes from.",
        "introduction": "Chronic lower back pain doesn’t just slow you down – it can reshape how you live your life. Standing up from a chair, getting out of bed, driving, working, or even sleeping through the night can become daily challenges. When your pain feels deep, stiff, or worse with movement, the source may not be a disc or pinched nerve. It may be coming from the small joints that stabilize your spine.\n\n"
        "At Advanced Pain Medical Group, we offer lumbar facet injections as part of a comprehensive spine pain management plan, offering a non-surgical path forward for lasting back relief.",
        "sections": [
            (
                "How Lumbar Facet Injections Address Pain At The Source",
                "Lumbar facet injections are a minimally invasive, image-guided treatment designed to calm inflammation within the facet joints of the lower back. This approach is commonly used for [chronic low back pain](/conditions/chronic-low-back-pain/), lumbar arthritis, facet joint disease, and [mechanical back pain](/conditions/mechanical-low-back-pain/) that hasn’t improved with conservative care.\n\n"
                "In addition to relieving pain, lumbar facet injections can also help confirm the exact source of your symptoms – guiding smarter, more effective long-term treatment.",
            ),
            (
                "Understanding The Role Of Facet Joints In Lumbar Pain",
                "Your lumbar spine supports most of your body weight and allows bending, twisting, and lifting. Along the back of each vertebra are facet joints, which help control motion and maintain stability. When these joints become irritated or inflamed, everyday movements can trigger persistent pain.\n\n"
                "### Signs Your Lower Back Pain May Be Facet-Related\n\n"
                "- A Deep, Aching Pain In The Lower Back\n"
                "- Worse With Standing, Twisting, Or Arching Backward\n"
                "- Better When Sitting Or Leaning Forward\n"
                "- Mechanical Rather Than Shooting Or Nerve-Like\n\n"
                "This pattern is commonly associated with lumbar facet-mediated pain or [lumbar facet syndrome](/conditions/lumbar-facet-syndrome/), and it’s a frequent cause of ongoing lower back discomfort.",
            ),
            (
                "Spinal Conditions Linked To Facet Joint Inflammation",
                "Facet joint inflammation rarely appears overnight. It often develops gradually as the spine changes over time or after stress or injury.\n\n"
                "- [Spondylosis](/conditions/spondylosis/) (Age-Related Spinal Wear & Tear)\n"
                "- [Facet Joint Arthritis](/conditions/facet-joint-arthritis/) Or Lumbar Arthritis\n"
                "- [Degenerative Disc Disease](/conditions/degenerative-disc-disease/), Which Increases Joint Stress\n"
                "- [Spinal Stenosis](/conditions/spinal-stenosis/), Altering Spinal Mechanics\n"
                "- Repetitive Strain, Poor Posture, Or Previous Back Injuries\n\n"
                "If your pain has lingered despite rest, physical therapy, or medication, the facet joints may be playing a larger role than expected.\n\n"
                "**How Common Is Facet-Related Lower Back Pain?** According to current research, facet joints are a common source of lower back pain, accounting for approximately 15% to 45% of cases, most often due to degenerative arthritis of the spine.",
            ),
            (
                "What Are Lumbar Facet Injections & How Do They Work?",
                "Lumbar facet injections – sometimes called spinal facet injections or facet shots for back pain – deliver anti-inflammatory medication directly into or around the affected facet joints. Because the medication is placed at the source of inflammation, this treatment can be more effective than oral medications alone.\n\n"
                "### The Dual Role Of Lumbar Facet Injections\n\n"
                "- These injections help calm inflammation in irritated joints to reduce pain and improve movement.\n"
                "- They can also confirm whether the facet joints are truly responsible for your symptoms.\n\n"
                "This dual role makes lumbar facet injections a valuable tool in both short-term relief and long-term treatment planning.",
            ),
            (
                "Diagnostic Lumbar Facet Injections & Facet Blocks Explained",
                "If the exact source of your lower back pain isn’t clear, your provider may recommend diagnostic facet blocks. These injections temporarily numb the nerves that supply sensation to the facet joints. If your pain significantly improves after the injection, it confirms that the facet joints are contributing to your symptoms.\n\n"
                "This information is especially helpful when evaluating whether you may be a candidate for longer-lasting treatments such as [radiofrequency ablation (RFA)](/procedures/radiofrequency-ablation/).\n\n"
                "### Types Of Diagnostic Facet Blocks For Lower Back Pain\n\n"
                "- Diagnostic Lumbar Facet Injections – an intra-articular facet injection placed directly into the lumbar facet joint itself to confirm the facet joint as a pain source.\n"
                "- Lumbar Facet Block Injections – an umbrella term referring to any injection intended to block pain signals from the facet joints. May refer to facet joint injection or a medial branch nerve block.\n"
                "- Lumbar Facet Joint Block – a facet joint–focused block injected into or around the facet joint for diagnostic purposes. Often used interchangeably with diagnostic lumbar facet injections.\n"
                "- [Lumbar Medial Branch Block](/procedures/medial-branch-block/) – A nerve-based diagnostic injection in the medial branch nerves (which supply the facet joints) to test whether pain is coming from the facet joints. Used to determine candidacy for RFA.\n\n"
                "Diagnostic facet blocks are used throughout the spine, whether evaluating lower back pain with lumbar injections or identifying facet-related pain in the neck or mid-back using [cervical facet injections](/procedures/cervical-facet-injections/) or [thoracic facet injections](/procedures/thoracic-facet-injections/).",
            ),
            (
                "Image-Guided Lumbar Injections For Accuracy & Safety",
                "Precision matters when treating spinal pain. Lumbar facet injections are performed using fluoroscopy-guided spine injections, which provide real-time X-ray imaging during the procedure. This technology plays a critical role in effective lower back pain injections and consistent outcomes.\n\n"
                "- Place Medication Exactly Where It’s Needed\n"
                "- Avoid Surrounding Nerves & Tissues\n"
                "- Improve Diagnostic Accuracy\n"
                "- Reduce Procedural Risk",
            ),
            (
                "Lower Back Conditions Treated With Lumbar Facet Injections",
                "These conditions are often combined with physical therapy, lifestyle modification, or other interventional spine procedures for a more comprehensive approach to chronic pain.\n\n"
                "- Chronic Low Back Pain Or Chronic Lower Back Pain Treatment Needs\n"
                "- Mechanical Low Back Pain\n"
                "- Facet Joint Pain Or Facet Joint Pain Treatment\n"
                "- Lumbar Facet Syndrome\n"
                "- Degenerative Disc Disease Pain Relief\n"
                "- Spinal Stenosis Pain Management\n"
                "- Persistent Pain That Has Not Improved With Conservative Care",
            ),
            (
                "Preparing For Your Procedure",
                "Before your procedure, you’ll meet with your provider to review the benefits, possible risks, and answer any questions you may have. Lumbar facet injections are generally safe, but potential side effects can include infection, bleeding, or a temporary increase in pain at the injection site.",
            ),
            (
                "What To Expect On The Day of Your Injection",
                "You’ll be awake during the injection, though light sedation may be used in some cases. Continue taking your regular medications, especially blood pressure medications, unless instructed otherwise. If you have diabetes, your blood sugar may temporarily increase. Bring your diabetes medications with you and follow guidance from your care team.\n\n"
                "Lumbar facet injections are outpatient procedures and typically take less than 30 minutes to complete. Most people return to normal activities within a day, making this a low-disruption option for ongoing back pain.\n\n"
                "- Local Anesthesia Keeps You Comfortable\n"
                "- Image Guidance Is Used For Precise Needle Placement\n"
                "- Both Anesthetic & Anti-inflammatory Medication Are Injected\n"
                "- You’ll Experience A Brief Recovery Period Before Going Home",
            ),
            (
                "Are Lumbar Facet Injections Safe?",
                "Lumbar facet injections are generally well tolerated. Mild, temporary side effects may include soreness or stiffness at the injection site, mild swelling or bruising, and temporary numbness or heaviness. More serious complications are uncommon. Your provider will review your medical history and explain risks in detail so you can feel informed and confident moving forward.",
            ),
            (
                "How Long Your Pain Relief May Last",
                "Relief timelines vary. You may notice improvement within days, or experience gradual relief over one to two weeks. Pain relief may last weeks or months, depending on the severity of your joint inflammation and the underlying condition.\n\n"
                "### How Lumbar Facet Injections Support Long-Term Pain Management\n\n"
                "- Calm Inflammation During Pain Flares\n"
                "- Improve Mobility & Daily Function\n"
                "- Support Rehabilitation Efforts\n"
                "- Help Determine Next-Step Treatments, Including Radiofrequency Ablation",
            ),
            (
                "Find Relief With Lumbar Facet Injections In Los Angeles",
                "You don’t have to live around your lower back pain or accept it as part of daily life. If your pain feels mechanical, movement-related, or tied to spinal arthritis, lumbar facet injections may provide both relief and clarity about what’s causing your symptoms. Schedule a consultation with Advanced Pain Medical Group today to explore lumbar facet injections in Los Angeles and discover a targeted, non-surgical approach to lasting spine pain relief.",
            ),
        ],
        # The answers are the clinic's own; their questions were lost from the old page and are new.
        "faqs": [
            (
                "Are lumbar facet injections the same as epidural steroid injections?",
                "No. Lumbar facet injections target the facet joints, while [epidural injections](/procedures/epidural-steroid-injections/) focus on spinal nerves. Each treats different sources of back pain.",
            ),
            (
                "Will lumbar facet injections cure my back pain?",
                "Lumbar facet injections are not a cure, but they can significantly reduce pain and inflammation. They are often part of a broader spine pain management strategy.",
            ),
            (
                "How many lumbar facet injections will I need?",
                "The number depends on your diagnosis, response to treatment, and overall care plan. Your provider will recommend a safe and appropriate schedule.",
            ),
            (
                "Can lumbar facet injections help arthritis in my lower back?",
                "Yes. These injections are commonly used as a shot for arthritis in the lumbar spine, helping reduce joint inflammation and stiffness.",
            ),
            (
                "What happens if a medial branch block relieves my pain?",
                "If you experience significant relief from a [lumbar medial branch block](/procedures/medial-branch-block/), you may be a candidate for [radiofrequency ablation](/procedures/radiofrequency-ablation/), which can provide longer-lasting pain relief.",
            ),
        ],
        "conditions_treated": [
            "lumbar-facet-syndrome",
            "facet-joint-arthritis",
            "spondylosis",
            "degenerative-disc-disease",
            "spinal-stenosis",
            "chronic-low-back-pain",
            "mechanical-low-back-pain",
        ],
        "related_procedures": [
            "medial-branch-block",
            "radiofrequency-ablation",
            "cervical-facet-injections",
            "thoracic-facet-injections",
            "epidural-steroid-injections",
        ],
    },
    {
        "slug": "medial-branch-block",
        "title": "Medial Branch Block",
        "seo_title": "Medial Branch Block in Los Angeles",
        "summary": "A short, image-guided injection that numbs the nerves of the spine’s facet joints for a few hours, to show whether those joints cause your back or neck pain.",
        "introduction": "The facet joints are small joints along the back of the spine. Each one gets its feeling from tiny nerves called medial branch nerves. A medial branch block places a small amount of numbing medicine next to these nerves.\n\n"
        "If your usual pain eases a lot while the medicine is working, the facet joints are probably a source of your pain. This helps you and your provider choose the next step, such as [radiofrequency ablation](/procedures/radiofrequency-ablation/), which can give longer-lasting relief.",
        "sections": [
            (
                "Who may benefit from a medial branch block",
                "Your provider may suggest this test if:\n\n"
                "- Your pain is in your lower back, mid-back or neck and has lasted for months\n"
                "- It feels deep and achy, and is worse when you stand, twist or lean back\n"
                "- It has not improved enough with physical therapy, medicines or rest\n"
                "- Your exam suggests the facet joints, rather than a pinched nerve, are the likely cause\n\n"
                "Pain that comes from the facet joints of the lower back is often called [lumbar facet syndrome](/conditions/lumbar-facet-syndrome/).",
            ),
            (
                "How the block works as a test",
                "A medial branch block is mainly a diagnostic test. The numbing medicine lasts only a few hours, so it is not meant to give lasting relief on its own.\n\n"
                "- If your usual pain drops a lot while the medicine works, the facet joints that were numbed are likely a source of your pain.\n"
                "- If your pain does not change, it is probably coming from somewhere else, and your provider will look at other causes.\n"
                "- Your provider may repeat the block on another day to make sure the result is reliable before recommending radiofrequency ablation.",
            ),
            (
                "What to expect on the day",
                "The block is an outpatient procedure, so you go home the same day.\n\n"
                "- You lie face down, or on your side or back for a block in the neck.\n"
                "- The skin is cleaned and numbed with local anesthetic.\n"
                "- Using X-ray guidance (fluoroscopy), your provider places a thin needle next to each nerve being tested.\n"
                "- A small amount of numbing medicine is injected.\n"
                "- You rest for a short time, then go home.\n\n"
                "Your care team will tell you ahead of time whether to pause any medicines, such as blood thinners, and whether you need someone to drive you home. Do not stop any medicine unless they tell you to.",
            ),
            (
                "After the block: keeping a pain diary",
                "What you notice in the first hours after the block is the most important part of the test.\n\n"
                "- Try the movements that usually bring on your pain, as long as it is safe to do so.\n"
                "- Write down your pain level, for example on a scale from 0 to 10, at the times your care team asks.\n"
                "- Bring your notes to your follow-up visit.\n\n"
                "Some soreness where the needle went in is common for a day or two.",
            ),
            (
                "Possible risks",
                "Medial branch blocks are generally well tolerated. Possible side effects include:\n\n"
                "- Soreness, bruising or swelling where the needle went in\n"
                "- A short-lived increase in pain\n"
                "- Temporary numbness or weakness near the treated area\n"
                "- Bleeding or infection, which are uncommon\n\n"
                "Serious problems are rare. Your provider will review your medical history, medicines and allergies with you before the procedure.",
            ),
        ],
        "faqs": [
            (
                "Will a medial branch block take my pain away?",
                "Usually only for a few hours, while the numbing medicine works. The block is mainly a test: it shows where your pain is coming from, so that you and your provider can choose a treatment that fits.",
            ),
            (
                "How is a medial branch block different from a facet joint injection?",
                "A facet joint injection places medicine into or around the joint itself. A medial branch block places numbing medicine next to the small nerves that carry pain signals from the joint. Both can show whether the facet joints are causing your pain, and the medial branch block is the test usually done before radiofrequency ablation. You can read more about [lumbar facet injections](/procedures/lumbar-facet-injections/).",
            ),
            (
                "Will I be awake during the block?",
                "Yes. Most people need only local anesthetic to numb the skin. Your provider will talk with you about whether light sedation is suitable, because strong sedation can make the test results harder to judge.",
            ),
        ],
        "conditions_treated": [
            "lumbar-facet-syndrome",
            "facet-joint-arthritis",
            "spondylosis",
            "chronic-low-back-pain",
            "mechanical-low-back-pain",
        ],
        "related_procedures": [
            "lumbar-facet-injections",
            "radiofrequency-ablation",
            "cervical-facet-injections",
            "thoracic-facet-injections",
        ],
    },
    {
        "slug": "radiofrequency-ablation",
        "title": "Radiofrequency Ablation",
        "seo_title": "Radiofrequency Ablation (RFA) for Spine Pain in Los Angeles",
        "summary": "Radiofrequency ablation (RFA) uses gentle heat to quiet the nerves that carry pain from the spine’s facet joints, for longer-lasting relief after a successful medial branch block.",
        "introduction": "Radiofrequency ablation, often called RFA, is a minimally invasive, image-guided procedure. A thin needle delivers radiofrequency energy that heats the medial branch nerves. These small nerves carry pain signals from the facet joints of the spine.\n\n"
        "Once the treated nerves stop sending these signals, facet joint pain may ease for many months. RFA does not repair the joint itself, and it works best alongside exercise and good spine care, but it can make daily activity and physical therapy easier.",
        "sections": [
            (
                "Who may be a candidate for RFA",
                "RFA is usually considered when:\n\n"
                "- Your back or neck pain has lasted for months and has not improved enough with other care\n"
                "- Your pain seems to come from the facet joints, for example because of [facet joint arthritis](/conditions/facet-joint-arthritis/) or [lumbar facet syndrome](/conditions/lumbar-facet-syndrome/)\n"
                "- A [medial branch block](/procedures/medial-branch-block/) clearly relieved your usual pain for a few hours, sometimes on two separate days\n\n"
                "Your provider will also consider your overall health, your medicines and any conditions that affect bleeding or healing.",
            ),
            (
                "How the procedure is done",
                "RFA is an outpatient procedure, so you go home the same day.\n\n"
                "- The skin is cleaned and numbed with local anesthetic. Light sedation may be offered.\n"
                "- Using X-ray guidance, your provider places a thin needle next to each nerve to be treated.\n"
                "- A mild electrical test checks that the needle is in the right place.\n"
                "- The area is numbed, then the needle tip gently heats the nerve so it stops sending pain signals.\n\n"
                "RFA usually takes longer than a medial branch block, because each nerve is tested and treated in turn.",
            ),
            (
                "Recovery and results",
                "- Soreness where the needles went in is common for several days, and sometimes longer.\n"
                "- Relief often builds gradually over a few weeks rather than right away.\n"
                "- Most people can return to light activity soon after. Your care team will tell you when to resume exercise and work, and what you can take for soreness.\n"
                "- Results vary from person to person. Relief often lasts for months, and sometimes longer.",
            ),
            (
                "If the pain comes back",
                "The treated nerves can slowly grow back, and the pain may return. If RFA helped you before, it can often be repeated. Your provider will talk with you about whether repeating it makes sense for you.",
            ),
            (
                "Possible risks",
                "RFA is generally well tolerated. Possible side effects include:\n\n"
                "- Soreness, bruising or swelling where the needles went in\n"
                "- A temporary burning feeling, numbness or tingling in the skin over the treated area\n"
                "- Bleeding or infection, which are uncommon\n\n"
                "Serious complications, such as nerve injury, are rare. Tell your care team if you have a pacemaker or another implanted electrical device, because extra precautions may be needed.",
            ),
        ],
        "faqs": [
            (
                "Is radiofrequency ablation surgery?",
                "No. RFA is done through thin needles, without cuts or stitches, and you go home the same day. It does not change the structure of your spine.",
            ),
            (
                "How long does the relief last?",
                "It varies from person to person. Many people have relief for months, and some for longer. Because the nerves can grow back, the pain may return; the treatment can often be repeated if it worked well before.",
            ),
            (
                "Why do I need a medial branch block first?",
                "A [medial branch block](/procedures/medial-branch-block/) shows whether the nerves RFA would treat are really carrying your pain. If the block does not relieve your pain, RFA is unlikely to help, so the test spares you a procedure that may not work.",
            ),
        ],
        "conditions_treated": [
            "lumbar-facet-syndrome",
            "facet-joint-arthritis",
            "spondylosis",
            "chronic-low-back-pain",
            "mechanical-low-back-pain",
        ],
        "related_procedures": [
            "lumbar-facet-injections",
            "medial-branch-block",
            "cervical-facet-injections",
            "thoracic-facet-injections",
        ],
    },
    {
        "slug": "cervical-facet-injections",
        "title": "Cervical Facet Injections",
        "seo_title": "Cervical Facet Injections for Neck Pain in Los Angeles",
        "summary": "Cervical facet injections place medicine into or near the small joints of the neck. They can ease neck pain that comes from these joints and help confirm where the pain starts.",
        "introduction": "The cervical spine is the part of your spine in your neck. Small facet joints along the back of it let you turn, tilt and nod your head. When these joints become irritated, worn or injured, they can cause neck pain and stiffness.\n\n"
        "A cervical facet injection is a minimally invasive, image-guided treatment. It places anti-inflammatory and numbing medicine into or near the affected joints, or numbing medicine next to the small nerves that serve them. It can ease pain and help show whether the facet joints are the source.",
        "sections": [
            (
                "Signs your neck pain may come from the facet joints",
                "- A deep ache on one or both sides of the back of the neck\n"
                "- Pain and stiffness when you turn your head or look up\n"
                "- Pain that spreads to the shoulders, upper back or the back of the head\n"
                "- Headaches that start at the back of the head and neck\n\n"
                "Pain, numbness or tingling that runs down your arm is more often caused by a pinched nerve, which is treated differently. Your provider will examine you to tell these apart.",
            ),
            (
                "Common causes",
                "- [Spondylosis](/conditions/spondylosis/), the age-related wear of the spine\n"
                "- [Facet joint arthritis](/conditions/facet-joint-arthritis/)\n"
                "- Whiplash or other neck injuries\n"
                "- Strain from posture or repetitive movement",
            ),
            (
                "Types of cervical facet injections",
                "- **Cervical facet joint injection:** medicine is placed into or around the facet joint itself.\n"
                "- **Cervical medial branch block:** numbing medicine is placed next to the small nerves that carry pain signals from the joint. It is mainly used as a test.\n\n"
                "If a [medial branch block](/procedures/medial-branch-block/) clearly relieves your pain for a short time, [radiofrequency ablation](/procedures/radiofrequency-ablation/) may offer longer-lasting relief.",
            ),
            (
                "What to expect",
                "- The injection is an outpatient procedure, so you go home the same day.\n"
                "- You lie on your stomach or side, and the skin is numbed.\n"
                "- Your provider uses X-ray guidance to place a thin needle precisely.\n"
                "- You rest for a short time before going home. Your care team will tell you whether you need someone to drive you.\n\n"
                "Mild soreness where the needle went in is common for a day or two. If anti-inflammatory medicine was used, it may take several days to start working.",
            ),
            (
                "Possible risks",
                "Cervical facet injections are generally well tolerated. Possible side effects include soreness, bruising, a short-lived increase in pain and temporary numbness. Bleeding, infection and other serious complications are uncommon. If you have diabetes, the anti-inflammatory (steroid) medicine can raise your blood sugar for a few days.",
            ),
        ],
        "faqs": [
            (
                "Can cervical facet injections help with headaches?",
                "They may help when headaches come from the joints at the top of the neck. These headaches usually start at the back of the head and neck. Headaches have many causes, so your provider will first check whether your neck is likely to be involved.",
            ),
            (
                "How are cervical facet injections different from lumbar facet injections?",
                "They treat the same kind of joint in a different part of the spine. Cervical facet injections treat the neck; [lumbar facet injections](/procedures/lumbar-facet-injections/) treat the lower back.",
            ),
            (
                "Will I need more than one injection?",
                "That depends on your diagnosis and how you respond. Your provider will recommend a safe schedule based on your results.",
            ),
        ],
        "conditions_treated": ["facet-joint-arthritis", "spondylosis"],
        "related_procedures": [
            "lumbar-facet-injections",
            "thoracic-facet-injections",
            "medial-branch-block",
            "radiofrequency-ablation",
        ],
    },
    {
        "slug": "thoracic-facet-injections",
        "title": "Thoracic Facet Injections",
        "seo_title": "Thoracic Facet Injections for Mid-Back Pain in Los Angeles",
        "summary": "Thoracic facet injections place medicine into or near the small joints of the mid-back. They can ease mid-back pain that comes from these joints and help confirm where the pain starts.",
        "introduction": "The thoracic spine is the middle part of your back, between your neck and your lower back. Your ribs attach to it, which makes it steadier than the neck or lower back. Even so, the small facet joints along the back of the thoracic spine can become irritated, worn or injured and cause pain.\n\n"
        "A thoracic facet injection is a minimally invasive, image-guided treatment. It places medicine into or near the affected joints, or numbing medicine next to the small nerves that serve them, to ease pain and help show whether the joints are the source.",
        "sections": [
            (
                "Signs your mid-back pain may come from the facet joints",
                "- A deep ache on one or both sides of the spine in the mid-back\n"
                "- Pain that is worse when you twist or arch your back\n"
                "- Stiffness, especially after long periods in one position",
            ),
            (
                "Why a careful check comes first",
                "Mid-back pain does not always come from the spine. Problems with the heart, lungs, stomach, gallbladder or kidneys can also be felt in the mid-back. Your provider will review your symptoms and history, and may order tests, before recommending an injection.\n\n"
                "Call 911 right away if mid-back pain comes with chest pain, shortness of breath, sweating or feeling faint.",
            ),
            (
                "Common causes",
                "- [Spondylosis](/conditions/spondylosis/), the age-related wear of the spine\n"
                "- [Facet joint arthritis](/conditions/facet-joint-arthritis/)\n"
                "- Injuries, such as falls or car accidents\n"
                "- Strain from posture or repetitive movement",
            ),
            (
                "Types of thoracic facet injections",
                "- **Thoracic facet joint injection:** medicine is placed into or around the facet joint itself.\n"
                "- **Thoracic medial branch block:** numbing medicine is placed next to the small nerves that carry pain signals from the joint. It is mainly used as a test.\n\n"
                "If a [medial branch block](/procedures/medial-branch-block/) clearly relieves your pain for a short time, [radiofrequency ablation](/procedures/radiofrequency-ablation/) may offer longer-lasting relief.",
            ),
            (
                "What to expect",
                "The injection is an outpatient procedure, so you go home the same day. The skin is numbed, and your provider uses X-ray guidance to place a thin needle precisely. You rest for a short time before going home.\n\n"
                "Thoracic facet injections are generally well tolerated. Possible side effects include soreness where the needle went in, a short-lived increase in pain and, less often, bleeding or infection. Because the lungs lie close to the thoracic spine, image guidance is used to place the needle with care. Serious complications are rare.",
            ),
        ],
        "faqs": [
            (
                "How do I know if my mid-back pain comes from the facet joints?",
                "Your description of the pain and an exam give the first clues, and imaging may show wear in the joints. The most reliable way to confirm it is a diagnostic block: if numbing the joint or its nerves clearly eases your usual pain, the facet joints are likely involved.",
            ),
            (
                "How are thoracic facet injections different from lumbar facet injections?",
                "They treat the same kind of joint in a different part of the spine. Thoracic facet injections treat the mid-back; [lumbar facet injections](/procedures/lumbar-facet-injections/) treat the lower back.",
            ),
        ],
        "conditions_treated": ["facet-joint-arthritis", "spondylosis"],
        "related_procedures": [
            "lumbar-facet-injections",
            "cervical-facet-injections",
            "medial-branch-block",
            "radiofrequency-ablation",
        ],
    },
    {
        "slug": "epidural-steroid-injections",
        "title": "Epidural Steroid Injections",
        "seo_title": "Epidural Steroid Injections in Los Angeles",
        "summary": "Epidural steroid injections place anti-inflammatory medicine near irritated spinal nerves to ease pain that spreads into an arm or leg, such as sciatica.",
        "introduction": "Your spinal nerves leave the spine through small openings between the bones. When a nerve is squeezed or irritated, for example by a bulging disc or a narrowing of the spine, it can cause pain, numbness or tingling that travels into an arm or leg. Pain that runs down the leg is often called sciatica.\n\n"
        "An epidural steroid injection places anti-inflammatory (steroid) medicine, often with a numbing medicine, into the epidural space, the area around the spinal nerves. By calming inflammation around the nerve, it can ease pain and make it easier to take part in physical therapy and daily life.",
        "sections": [
            (
                "Conditions epidural injections may help",
                "- Pain that spreads down the leg (sciatica) or into the arm\n"
                "- A herniated or bulging disc pressing on a nerve\n"
                "- [Spinal stenosis](/conditions/spinal-stenosis/), a narrowing of the spaces in the spine\n"
                "- [Degenerative disc disease](/conditions/degenerative-disc-disease/) with nerve irritation\n"
                "- [Spondylosis](/conditions/spondylosis/) with bone spurs that narrow the openings for the nerves",
            ),
            (
                "How epidural injections differ from facet injections",
                "Epidural injections treat irritated nerves, while [lumbar facet injections](/procedures/lumbar-facet-injections/) treat the small joints at the back of the spine. Nerve pain often shoots, burns or tingles and travels into an arm or leg. Facet joint pain is usually a deep ache in the back or neck that is worse with certain movements. Your provider will work out which is more likely before recommending either one.",
            ),
            (
                "What to expect",
                "- The injection is an outpatient procedure, so you go home the same day.\n"
                "- You lie on your stomach, and the skin is numbed.\n"
                "- Using X-ray guidance, your provider guides a thin needle into the epidural space. A small amount of contrast dye shows where the medicine will go.\n"
                "- The medicine is injected, and you rest for a short time before going home.\n\n"
                "Depending on which nerve is irritated, the needle may go in between the bones at the middle of the back, from the side next to the nerve’s opening, or near the tailbone. Tell your care team if you have ever reacted to contrast dye, iodine or steroid medicine.",
            ),
            (
                "Recovery and results",
                "- Soreness where the needle went in is common for a day or two.\n"
                "- The numbing medicine may ease pain for a few hours. The steroid usually takes a few days, sometimes longer, to start working.\n"
                "- How long relief lasts varies from person to person.\n"
                "- Because steroid medicine affects the whole body, your provider will limit how often you have injections.",
            ),
            (
                "Possible side effects",
                "- Soreness or a short-lived increase in pain\n"
                "- Facial flushing, trouble sleeping or feeling restless for a few days\n"
                "- A temporary rise in blood sugar if you have diabetes\n"
                "- A headache, which is uncommon\n"
                "- Bleeding, infection or nerve injury, which are rare\n\n"
                "Tell your care team about any blood thinners you take. Do not stop them unless your care team tells you to.",
            ),
        ],
        "faqs": [
            (
                "Are epidural steroid injections the same as lumbar facet injections?",
                "No. Epidural injections calm irritated spinal nerves, while [lumbar facet injections](/procedures/lumbar-facet-injections/) target the small joints at the back of the spine. Each treats a different source of pain.",
            ),
            (
                "Will an epidural injection cure my sciatica?",
                "An epidural injection does not remove the cause of the pressure on the nerve, but it can calm inflammation and ease pain. For many people that relief makes it easier to stay active and do physical therapy while the body heals. Some people need other treatments.",
            ),
            (
                "How many epidural injections can I have?",
                "It depends on how well the first one works and on your overall health. Because steroid medicine affects the whole body, your provider will space injections out and limit how many you have in a year.",
            ),
        ],
        "conditions_treated": ["spinal-stenosis", "degenerative-disc-disease", "spondylosis"],
        "related_procedures": ["lumbar-facet-injections"],
    },
]

CONDITIONS = [
    {
        "slug": "lumbar-facet-syndrome",
        "title": "Lumbar Facet Syndrome",
        "seo_title": "Lumbar Facet Syndrome: Symptoms and Treatment",
        "summary": "Lumbar facet syndrome is pain from the small facet joints of the lower back: a deep ache, often worse when standing or leaning back and better when sitting.",
        "introduction": "The facet joints are pairs of small joints along the back of the spine. In the lower back, or lumbar spine, they help you bend and twist and carry part of your body weight. When these joints become worn, inflamed or injured, the pain that follows is often called lumbar facet syndrome or facet-mediated pain.\n\n"
        "It is a common cause of [chronic low back pain](/conditions/chronic-low-back-pain/), especially as people get older. It can often be managed without surgery.",
        "sections": [
            (
                "Common symptoms",
                "- A deep, aching pain in the lower back, on one or both sides\n"
                "- Pain that is worse when standing, twisting or arching backward\n"
                "- Pain that eases when sitting or leaning forward\n"
                "- Stiffness, especially in the morning or after resting\n"
                "- Pain that may spread to the buttocks or the back of the thighs, usually not below the knee\n\n"
                "Pain that shoots below the knee, with numbness or tingling, is more often caused by an irritated nerve.",
            ),
            (
                "What causes it",
                "- Age-related wear of the spine, known as [spondylosis](/conditions/spondylosis/)\n"
                "- [Facet joint arthritis](/conditions/facet-joint-arthritis/)\n"
                "- [Degenerative disc disease](/conditions/degenerative-disc-disease/), which puts extra stress on the facet joints\n"
                "- Injuries, repetitive strain or heavy lifting",
            ),
            (
                "How it is diagnosed",
                "Your provider will ask about your pain, examine your back and review any imaging, such as X-rays or an MRI. Imaging can show wear in the joints, but such wear is also common in people without pain, so it cannot prove that the joints are the cause.\n\n"
                "The most reliable way to confirm facet pain is a diagnostic injection. If numbing the facet joints, or the nerves that serve them with a [medial branch block](/procedures/medial-branch-block/), clearly eases your usual pain, the joints are likely the source.",
            ),
            (
                "Treatment options",
                "Treatment usually starts with simple steps and moves on only if needed:\n\n"
                "- Physical therapy and regular exercise to strengthen the muscles that support the spine\n"
                "- Heat, activity changes and pain relievers your doctor recommends\n"
                "- [Lumbar facet injections](/procedures/lumbar-facet-injections/) to calm inflammation in the joints\n"
                "- [Radiofrequency ablation](/procedures/radiofrequency-ablation/) for longer-lasting relief if a medial branch block helps",
            ),
            WARNING_SIGNS,
        ],
        "faqs": [
            (
                "Is lumbar facet syndrome the same as a pinched nerve?",
                "No. Facet pain comes from the joints themselves and usually stays in the lower back, buttocks or thighs. A pinched nerve tends to cause shooting pain, numbness or tingling down the leg. The two can happen together, so your provider will check for both.",
            ),
            (
                "Will I need surgery?",
                "Surgery is seldom needed for facet joint pain on its own. Exercise, physical therapy, medicines and injections help many people manage their pain. Your provider will talk with you about all of your options.",
            ),
            (
                "Can exercise help?",
                "Yes. Gentle, regular exercise that strengthens your back and core muscles can support the facet joints and reduce stiffness. A physical therapist can show you movements that are safe for you.",
            ),
        ],
        "related_conditions": [
            "facet-joint-arthritis",
            "spondylosis",
            "chronic-low-back-pain",
            "mechanical-low-back-pain",
        ],
    },
    {
        "slug": "facet-joint-arthritis",
        "title": "Facet Joint Arthritis",
        "seo_title": "Facet Joint Arthritis: Symptoms and Treatment",
        "summary": "Facet joint arthritis is wear and tear of the small joints at the back of the spine, causing stiffness and an ache in the neck or back that is often worse with movement.",
        "introduction": "Facet joints link the bones of your spine and let you bend and twist. Like your knees and hips, they are lined with smooth cartilage. Over time this cartilage can thin and wear, the joint can become inflamed, and small bone spurs may form. This is called facet joint arthritis, or facet osteoarthritis.\n\n"
        "It becomes more common with age and is a frequent cause of [lumbar facet syndrome](/conditions/lumbar-facet-syndrome/) in the lower back. It can also affect the neck and mid-back.",
        "sections": [
            (
                "Common symptoms",
                "- A dull, aching pain in the neck or back\n"
                "- Stiffness, often worst in the morning or after sitting still\n"
                "- Pain that is worse with twisting, bending backward or standing for a long time\n"
                "- Less ability to turn or bend\n\n"
                "In the neck, facet arthritis can also cause headaches at the back of the head.",
            ),
            (
                "What raises the risk",
                "- Age, as joints wear over the years\n"
                "- Past injuries to the back or neck\n"
                "- Extra body weight, which adds load to the joints\n"
                "- [Degenerative disc disease](/conditions/degenerative-disc-disease/), which shifts more weight onto the facet joints\n"
                "- Repetitive strain from work or sports",
            ),
            (
                "How facet arthritis can affect nearby nerves",
                "Bone spurs and enlarged joints can narrow the openings where nerves leave the spine. This is one of the causes of [spinal stenosis](/conditions/spinal-stenosis/), and it can lead to pain, numbness or tingling in the arms or legs.",
            ),
            (
                "Treatment options",
                "- Physical therapy and regular, gentle exercise\n"
                "- Heat, staying active and pain relievers your doctor recommends\n"
                "- [Cervical](/procedures/cervical-facet-injections/), [thoracic](/procedures/thoracic-facet-injections/) or [lumbar facet injections](/procedures/lumbar-facet-injections/) to calm inflammation in the neck, mid-back or lower back\n"
                "- A [medial branch block](/procedures/medial-branch-block/) followed by [radiofrequency ablation](/procedures/radiofrequency-ablation/) for longer-lasting relief\n\n"
                "Treatment can ease pain and help you move better, but it does not reverse arthritis.",
            ),
        ],
        "faqs": [
            (
                "Is facet joint arthritis the same as rheumatoid arthritis?",
                "No. Facet joint arthritis is osteoarthritis, the kind that comes with wear over time. Rheumatoid arthritis is an autoimmune disease, in which the immune system attacks the joints. It can affect the spine too, but it is diagnosed and treated differently.",
            ),
            (
                "Can facet joint arthritis be cured?",
                "There is no cure for the wear itself, but symptoms can often be managed well with exercise, physical therapy, medicines and, when needed, injections or radiofrequency ablation.",
            ),
            (
                "Does facet arthritis always cause pain?",
                "No. Many people have signs of facet arthritis on X-rays or MRI scans but feel no pain. That is why your provider looks at your symptoms and exam, not at imaging alone.",
            ),
        ],
        "related_conditions": [
            "lumbar-facet-syndrome",
            "spondylosis",
            "degenerative-disc-disease",
            "spinal-stenosis",
        ],
    },
    {
        "slug": "spondylosis",
        "title": "Spondylosis",
        "seo_title": "Spondylosis (Spinal Wear and Tear): Symptoms and Treatment",
        "summary": "Spondylosis is age-related wear and tear of the spine’s discs and joints. Many people have no symptoms; others have stiffness, back or neck pain, or nerve symptoms.",
        "introduction": "As we age, the spine changes. Discs lose water and height, the facet joints wear, and small bone spurs can form. Doctors call these changes spondylosis. It can affect the neck (cervical spondylosis), the mid-back (thoracic spondylosis) or the lower back (lumbar spondylosis).\n\n"
        "Spondylosis is very common as people get older and often causes no problems at all. When it does cause symptoms, treatment focuses on easing pain and keeping you moving.",
        "sections": [
            (
                "Common symptoms",
                "- Stiffness and aching in the neck or back\n"
                "- Pain that is worse after activity or after long periods in one position\n"
                "- Less flexibility when turning or bending\n\n"
                "If bone spurs or discs press on nerves, you may also notice:\n\n"
                "- Pain, numbness or tingling that travels into an arm or leg\n"
                "- Weakness in an arm or leg",
            ),
            (
                "How spondylosis relates to other conditions",
                "Spondylosis is an umbrella term. It includes, or can lead to:\n\n"
                "- [Degenerative disc disease](/conditions/degenerative-disc-disease/), wear of the discs between the bones\n"
                "- [Facet joint arthritis](/conditions/facet-joint-arthritis/), wear of the small joints at the back of the spine\n"
                "- [Spinal stenosis](/conditions/spinal-stenosis/), narrowing of the spaces around the spinal cord and nerves",
            ),
            (
                "How it is diagnosed",
                "Your provider will ask about your symptoms, examine you and may order X-rays or an MRI. Because these changes are common in people without pain, your provider will match what the images show with your symptoms before deciding on treatment. Diagnostic injections, such as a [medial branch block](/procedures/medial-branch-block/), can help pinpoint the source of pain.",
            ),
            (
                "Treatment options",
                "- Physical therapy and regular exercise\n"
                "- Heat and pain relievers your doctor recommends\n"
                "- [Lumbar](/procedures/lumbar-facet-injections/), [cervical](/procedures/cervical-facet-injections/) or [thoracic facet injections](/procedures/thoracic-facet-injections/) for facet joint pain\n"
                "- [Epidural steroid injections](/procedures/epidural-steroid-injections/) for pain from irritated nerves\n"
                "- [Radiofrequency ablation](/procedures/radiofrequency-ablation/) for longer-lasting relief of facet joint pain\n\n"
                "Surgery is considered only in some cases, for example when nerves are badly compressed.",
            ),
            WARNING_SIGNS,
        ],
        "faqs": [
            (
                "Is spondylosis just a normal part of aging?",
                "The changes are very common with age, and many people never have symptoms. When spondylosis does cause pain or nerve symptoms, it is worth having it checked, because treatment can help.",
            ),
            (
                "Is spondylosis the same as spondylolisthesis?",
                "No. Spondylosis means wear and tear of the spine. Spondylolisthesis means one bone of the spine has slipped forward over the one below it. Wear of the spine can sometimes lead to such a slip, so the two can occur together.",
            ),
        ],
        "related_conditions": [
            "degenerative-disc-disease",
            "facet-joint-arthritis",
            "spinal-stenosis",
            "lumbar-facet-syndrome",
        ],
    },
    {
        "slug": "degenerative-disc-disease",
        "title": "Degenerative Disc Disease",
        "seo_title": "Degenerative Disc Disease: Symptoms and Treatment",
        "summary": "Degenerative disc disease describes discs in the spine that have worn, dried out or lost height with age. It can cause back or neck pain and adds stress to the spine’s facet joints.",
        "introduction": "Between the bones of your spine are discs that act as cushions. With age, these discs lose water, become thinner and may develop small tears. Despite its name, degenerative disc disease is not really a disease. It is a term for these changes when they cause pain.\n\n"
        "Worn discs also change how the spine moves. As a disc loses height, more weight shifts onto the facet joints behind it, which can lead to [facet joint arthritis](/conditions/facet-joint-arthritis/) and [lumbar facet syndrome](/conditions/lumbar-facet-syndrome/).",
        "sections": [
            (
                "Common symptoms",
                "- Pain in the lower back or neck that may come and go in flare-ups\n"
                "- Pain that is worse when sitting for a long time, bending or lifting\n"
                "- Pain that eases when walking, changing position or lying down\n"
                "- Pain, numbness or tingling in an arm or leg if a worn disc irritates a nerve",
            ),
            (
                "What causes it",
                "- Natural aging of the discs\n"
                "- Injuries, heavy lifting or repetitive strain\n"
                "- Smoking, which reduces the blood supply that keeps discs healthy\n"
                "- Family history",
            ),
            (
                "Treatment options",
                "- Physical therapy and exercise to strengthen the muscles that support the spine\n"
                "- Heat, activity changes and pain relievers your doctor recommends\n"
                "- [Epidural steroid injections](/procedures/epidural-steroid-injections/) when a disc irritates a nerve\n"
                "- [Lumbar facet injections](/procedures/lumbar-facet-injections/) or [radiofrequency ablation](/procedures/radiofrequency-ablation/) when strain on the facet joints is part of the pain\n\n"
                "Surgery is considered only in some cases, when other treatments have not helped.",
            ),
            WARNING_SIGNS,
        ],
        "faqs": [
            (
                "Will degenerative disc disease keep getting worse?",
                "The changes in the discs are part of aging, but the pain does not always get worse over time. For many people, pain flares up and then settles. Staying active and following a treatment plan can help you manage it.",
            ),
            (
                "Is degenerative disc disease the same as a herniated disc?",
                "Not exactly. A herniated disc is when the soft center of a disc pushes out through a tear and may press on a nerve. Worn discs are more likely to herniate, so the two are related.",
            ),
        ],
        "related_conditions": [
            "spondylosis",
            "facet-joint-arthritis",
            "spinal-stenosis",
            "chronic-low-back-pain",
        ],
    },
    {
        "slug": "spinal-stenosis",
        "title": "Spinal Stenosis",
        "seo_title": "Spinal Stenosis: Symptoms and Treatment",
        "summary": "Spinal stenosis is a narrowing inside the spine that can press on nerves, causing back pain and leg or arm pain, numbness or weakness, often worse when walking.",
        "introduction": "Your spinal cord and nerves run through open spaces inside the spine. In spinal stenosis, these spaces become narrower, usually because of age-related changes such as bulging discs, thickened ligaments and bone spurs from [facet joint arthritis](/conditions/facet-joint-arthritis/). The narrowing can squeeze the nerves.\n\n"
        "Spinal stenosis is most common in the lower back (lumbar stenosis) and the neck (cervical stenosis). Symptoms often develop slowly over time.",
        "sections": [
            (
                "Symptoms in the lower back and legs",
                "- Pain, cramping, heaviness or numbness in the buttocks or legs when standing or walking\n"
                "- Relief when sitting down or bending forward, such as leaning on a shopping cart\n"
                "- Lower back pain\n"
                "- Weakness in the legs",
            ),
            (
                "Symptoms in the neck and arms",
                "- Neck pain and stiffness\n"
                "- Numbness, tingling or weakness in the arms or hands\n"
                "- Clumsy hands, such as trouble with buttons or writing\n"
                "- Problems with balance or walking\n\n"
                "Clumsy hands or trouble with balance can mean the spinal cord itself is being squeezed. See a doctor promptly if you notice them.",
            ),
            (
                "Common causes",
                "- Age-related wear of the spine, or [spondylosis](/conditions/spondylosis/)\n"
                "- [Degenerative disc disease](/conditions/degenerative-disc-disease/) and bulging or herniated discs\n"
                "- Bone spurs from [facet joint arthritis](/conditions/facet-joint-arthritis/)\n"
                "- Thickened ligaments inside the spine\n"
                "- Past injuries or surgery, and in some people a spinal canal that is narrow from birth",
            ),
            (
                "Treatment options",
                "- Physical therapy and exercise that keeps you active, such as a stationary bike\n"
                "- Pain relievers your doctor recommends\n"
                "- [Epidural steroid injections](/procedures/epidural-steroid-injections/) to calm irritated nerves\n"
                "- [Lumbar facet injections](/procedures/lumbar-facet-injections/) when arthritic facet joints add to back pain\n"
                "- Surgery to make more room for the nerves, in some cases when symptoms are severe or getting worse",
            ),
            WARNING_SIGNS,
        ],
        "faqs": [
            (
                "Why do my legs feel better when I sit down or lean forward?",
                "Bending forward slightly opens up the spaces in the lower spine, which takes pressure off the nerves. Standing up straight or leaning back narrows them again.",
            ),
            (
                "Will I need surgery for spinal stenosis?",
                "Not always. Many people manage their symptoms with exercise, physical therapy, medicines and injections. Surgery may be considered if symptoms are severe or getting worse, or if they affect your strength, balance, or bladder and bowel control.",
            ),
        ],
        "related_conditions": ["spondylosis", "degenerative-disc-disease", "facet-joint-arthritis"],
    },
    {
        "slug": "chronic-low-back-pain",
        "title": "Chronic Low Back Pain",
        "seo_title": "Chronic Low Back Pain: Causes and Treatment in Los Angeles",
        "summary": "Chronic low back pain lasts three months or longer. Finding its source, such as the facet joints, discs or nerves, is the first step to a treatment plan that fits you.",
        "introduction": "Most back pain gets better within a few weeks. When pain in the lower back lasts three months or longer, doctors call it chronic. Chronic back pain can make it hard to sleep, work, drive or enjoy time with family, and it can affect your mood too.\n\n"
        "Chronic low back pain is a symptom, not a single condition. It can come from the joints, discs, muscles or nerves of the spine, and often from more than one of them. A careful evaluation helps find the source so that treatment can be aimed at it.",
        "sections": [
            (
                "Common causes",
                "- [Lumbar facet syndrome](/conditions/lumbar-facet-syndrome/), pain from the small joints of the lower back\n"
                "- [Facet joint arthritis](/conditions/facet-joint-arthritis/) and [spondylosis](/conditions/spondylosis/), wear and tear of the spine\n"
                "- [Degenerative disc disease](/conditions/degenerative-disc-disease/)\n"
                "- [Spinal stenosis](/conditions/spinal-stenosis/), a narrowing that can press on nerves\n"
                "- [Mechanical low back pain](/conditions/mechanical-low-back-pain/) from muscles, ligaments and joints",
            ),
            (
                "How we look for the source",
                "- A conversation about your pain: where it is, what makes it better or worse, and how it affects your life\n"
                "- A physical exam of your back, hips, legs and nerves\n"
                "- A review of imaging, such as X-rays or an MRI, when it is helpful\n"
                "- Diagnostic injections, such as a [medial branch block](/procedures/medial-branch-block/), to test whether a particular part of the spine is causing the pain",
            ),
            (
                "Treatment options",
                "A good plan usually combines several approaches:\n\n"
                "- Physical therapy and regular exercise\n"
                "- Medicines your doctor recommends\n"
                "- Image-guided injections, such as [lumbar facet injections](/procedures/lumbar-facet-injections/) or [epidural steroid injections](/procedures/epidural-steroid-injections/)\n"
                "- [Radiofrequency ablation](/procedures/radiofrequency-ablation/) for longer-lasting relief of facet joint pain\n"
                "- Support for sleep, stress and mood, which all affect how pain feels",
            ),
            (
                "Living well with chronic back pain",
                "- Stay as active as you can. Long periods of bed rest tend to make back pain worse.\n"
                "- Pace yourself: spread tasks out and take short breaks.\n"
                "- Change position often during the day.\n"
                "- Keep your follow-up appointments, so that your plan can be adjusted.",
            ),
            WARNING_SIGNS,
        ],
        "faqs": [
            (
                "Should I rest in bed until my back pain goes away?",
                "Usually not. Staying in bed for a long time can make stiffness and weakness worse. Gentle activity within your comfort usually helps more. Ask your provider which activities are safe for you.",
            ),
            (
                "Can chronic low back pain be treated without surgery?",
                "Often, yes. Many people manage chronic back pain with exercise, physical therapy, medicines and image-guided injections. Your provider will explain which options fit your diagnosis.",
            ),
            (
                "Will an MRI show what is causing my pain?",
                "Sometimes. An MRI shows the structures of the spine, but many people have wear on an MRI without any pain. Your provider combines imaging with your exam and, when needed, diagnostic injections to find the source.",
            ),
        ],
        "related_conditions": [
            "mechanical-low-back-pain",
            "lumbar-facet-syndrome",
            "degenerative-disc-disease",
            "spinal-stenosis",
        ],
    },
    {
        "slug": "mechanical-low-back-pain",
        "title": "Mechanical Low Back Pain",
        "seo_title": "Mechanical Low Back Pain: Causes and Treatment",
        "summary": "Mechanical low back pain comes from the joints, discs, muscles and ligaments of the lower spine. It changes with movement and position, and it is a very common kind of back pain.",
        "introduction": "“Mechanical” means the pain comes from the moving parts of the spine: the facet joints, discs, muscles and ligaments. It is usually worse with certain movements or positions and better with others. This sets it apart from pain caused by a pinched nerve, or by problems such as an infection or an illness elsewhere in the body.\n\n"
        "Mechanical low back pain may start suddenly after lifting or twisting, or build slowly over time. When it lasts three months or longer, it is one kind of [chronic low back pain](/conditions/chronic-low-back-pain/).",
        "sections": [
            (
                "Common symptoms",
                "- Aching or stiffness in the lower back\n"
                "- Pain that changes with movement, posture or activity\n"
                "- Pain that eases with rest or a change of position\n"
                "- Pain that stays mostly in the back, buttocks or thighs",
            ),
            (
                "Common causes",
                "- Strained muscles or ligaments\n"
                "- [Lumbar facet syndrome](/conditions/lumbar-facet-syndrome/) and [facet joint arthritis](/conditions/facet-joint-arthritis/)\n"
                "- [Degenerative disc disease](/conditions/degenerative-disc-disease/)\n"
                "- [Spondylosis](/conditions/spondylosis/), age-related wear of the spine\n"
                "- Lifting in an awkward way, long periods of sitting, or repetitive strain",
            ),
            (
                "Treatment options",
                "- Staying active and returning to normal activities gradually\n"
                "- Physical therapy and exercises that strengthen the back and core\n"
                "- Heat and pain relievers your doctor recommends\n"
                "- [Lumbar facet injections](/procedures/lumbar-facet-injections/) or a [medial branch block](/procedures/medial-branch-block/) when the facet joints are the likely source\n"
                "- [Radiofrequency ablation](/procedures/radiofrequency-ablation/) for longer-lasting relief of facet joint pain",
            ),
            WARNING_SIGNS,
        ],
        "faqs": [
            (
                "How is mechanical back pain different from nerve pain?",
                "Mechanical pain is usually an ache in the back that changes with movement and position. Nerve pain tends to shoot, burn or tingle, and often travels down the leg below the knee.",
            ),
            (
                "When should I see a pain specialist?",
                "Consider an evaluation if your back pain has lasted more than a few weeks, keeps coming back, or gets in the way of work, sleep or daily life. Get help right away if you have any of the warning signs listed on this page.",
            ),
        ],
        "related_conditions": ["chronic-low-back-pain", "lumbar-facet-syndrome", "degenerative-disc-disease"],
    },
]

# Every loaded page names this stand-in as its reviewer until the clinic enters its physician and they
# approve the pages: it is marked as a placeholder, so patients see no review line and
# `manage.py check --deploy` warns. No name or credentials are invented for a real person.
PLACEHOLDER_PHYSICIAN = {
    "name": "Reviewing physician (to be named by the clinic)",
    "credentials": "",
    "is_placeholder": True,
}

# The phone numbers are fictional (555-01xx): the clinic enters its real details in the admin.
CLINIC = {
    "name": "Advanced Pain Medical Group",
    "main_phone": "+13105550142",
}

LOCATIONS = [
    {
        "name": "Los Angeles",
        "street_address": "Street address to be confirmed",
        "city": "Los Angeles",
        "region": "CA",
        "postal_code": "90025",
        "phone": "+13105550143",
        "hours": "Monday–Friday: 8:00 am – 5:00 pm\nSaturday–Sunday: Closed",
    },
]

# The kinds of coverage on the insurance page and the consultation form. The keys are the values the
# form stored before the groups came from the database, so earlier requests still match their group.
# The plans are common ones in Los Angeles, an example only: each group stays unconfirmed (the page
# says so and `check --deploy` warns) until the clinic checks its list in the admin.
INSURANCE_GROUPS = [
    {
        "key": "ppo",
        "name": "PPO",
        "explanation": "You can usually see us without a referral. Bring your insurance card; we check "
        "your benefits and any prior authorization your plan needs before a procedure.",
        "plans": ["Anthem Blue Cross PPO", "Blue Shield of California PPO", "Aetna PPO", "Cigna PPO"],
    },
    {
        "key": "hmo",
        "name": "HMO",
        "explanation": "Bring your card, and your referral if your HMO needs one: ask your primary care "
        "doctor or medical group for it before your visit.",
        "plans": ["Anthem Blue Cross HMO", "Blue Shield of California HMO", "Health Net HMO"],
    },
    {
        "key": "medicare",
        "name": "Medicare",
        "explanation": "Bring your red, white and blue Medicare card, and the card of any supplement or "
        "Medicare Advantage plan you have.",
        "plans": ["Original Medicare (Part B)", "Medicare Advantage plans", "Medicare supplement plans"],
    },
    {
        "key": "medi-cal",
        "name": "Medi-Cal",
        "explanation": "Bring your Medi-Cal card (Benefits Identification Card) and the card of your "
        "Medi-Cal health plan; most plans need a referral from your primary care doctor.",
        "plans": ["L.A. Care Health Plan", "Health Net Medi-Cal"],
    },
    {
        "key": "workers-comp",
        "name": "Workers’ compensation",
        "explanation": "If you were hurt at work, bring your claim number and the name and phone number "
        "of your claims adjuster. Treatment needs the insurer's authorization.",
        "plans": ["State Compensation Insurance Fund", "Zenith Insurance", "Travelers"],
    },
    {
        "key": "personal-injury",
        "name": "Personal injury / lien",
        "explanation": "After a car accident or other injury with a claim, we can treat you on a lien "
        "with your attorney. Bring your attorney's name and phone number.",
        "plans": ["Treatment on a lien through your attorney"],
    },
    {
        "key": "self-pay",
        "name": "Self-pay",
        "explanation": "No insurance, or a plan we do not take? Ask us for the price of your visit "
        "and procedure before you come.",
        "plans": [],
    },
]
