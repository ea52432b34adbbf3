"""Given names that nearly always belong to one gender, for pronoun resolution.

Rule: a person the text gives no gender evidence for (no Mr/Ms, no "he"/"she" in a clause
they lead, no gendered role word) takes the usual gender of their first name when it is in
one of these lists. Names used for both genders anywhere in the English-language press
(Jan, Chris, Alex, Sam, Jordan, Robin, Kim, Jean, Andrea, Nicola, Sasha, Dana, ...) are left
out on purpose: a wrong guess is worse than none.

Why: news introduces most people by full name and uses "he"/"she" from then on, often
before any evidence the rules can read ('"...," said Liz Ward. ... "...," he said' after a
man named earlier). The lists are common given names in English-language news, typed for
this project; shortened forms are included.
"""

from __future__ import annotations

FEMALE_GIVEN: frozenset[str] = frozenset(
    """
    Abigail Ada Agnes Aisha Alice Alison Amanda Amelia Amy Ana Angela Angelina Anita Ann Anna
    Anne Annette Annie Antonia Audrey Barbara Beatrice Becky Belinda Bernadette Beth Bethany
    Betty Beverley Brenda Bridget Carla Carmen Carol Caroline Carolyn Catherine Cathy Charlotte
    Cheryl Christina Christine Claire Clara Clare Claudia Colleen Cynthia Daisy Daphne Deborah
    Debbie Denise Diana Diane Donna Doris Dorothy Edith Eileen Elaine Eleanor Elena Elisabeth
    Elizabeth Ella Ellen Eloise Emily Emma Erica Esther Eva Eve Evelyn Fatima Felicity Fiona
    Florence Frances Gail Gemma Georgina Geraldine Gillian Gina Giulia Gloria Grace Hannah
    Harriet Hazel Heather Helen Helena Hilary Holly Ingrid Irene Iris Isabel Isabella Isabelle
    Jacqueline Jane Janet Janice Jennifer Jenny Jessica Jill Joan Joanna Joanne Josephine Joy
    Joyce Judith Judy Julia Julie Juliet Karen Katherine Kathleen Kathryn Kathy Kate Katie
    Katrina Kelly Laura Lauren Leah Linda Lisa Liz Lorna Lorraine Louise Lucy Lydia Lynn
    Madeleine Maggie Margaret Maria Marie Marion Marjorie Martha Mary Maureen Megan Melanie
    Melissa Michelle Miriam Molly Monica Nadia Nancy Naomi Natalie Natasha Nina Nora Norma
    Olga Olivia Pamela Patricia Paula Pauline Penelope Penny Philippa Priya Rachel Rebecca
    Rita Rose Rosemary Ruth Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Sian Sofia
    Sonia Sophia Sophie Stella Stephanie Susan Susanne Suzanne Sylvia Tamara Teresa Theresa
    Tina Tracey Tracy Ursula Valerie Vanessa Veronica Victoria Violet Virginia Wendy Yvonne
    Zoe Zoë Meg Sue Jess Becca Kirsty Kirsten Leila Layla Mariam Maryam Yasmin Anjali Sunita
    Olena Svetlana Tatiana Irina Natalia Ines Lucia Marta Agnieszka Katarzyna Ewa Anke Ute
    """.split()  # noqa: SIM905 - a readable block of names
)

MALE_GIVEN: frozenset[str] = frozenset(
    """
    Aaron Adam Adrian Ahmed Alan Albert Alexander Alfred Alistair Allan Andrew Andy Angus
    Anthony Antonio Arnold Arthur Barry Ben Benjamin Bernard Bill Billy Bob Boris Brendan
    Brian Bruce Carl Carlos Charles Charlie Christopher Clive Colin Craig Daniel Darren David
    Dean Dennis Derek Desmond Dick Dominic Donald Douglas Duncan Edward Eric Ernest Frank
    Fred Frederick Gareth Gary Gavin Geoffrey George Gerald Gerard Gordon Graham Greg Gregory
    Hamish Harold Harry Henry Herbert Howard Hugh Hugo Iain Ian Igor Isaac Ivan Jack Jacob
    James Jamie Jason Jeff Jeffrey Jeremy Jim Jimmy Joe John Jonathan Joseph Juan Julian
    Justin Karl Keith Kenneth Ken Kevin Larry Lawrence Lee Leo Leonard Liam Luis Malcolm
    Marcus Mark Martin Matthew Michael Mike Mohammed Muhammad Neil Nicholas Nick Nigel Noel
    Oliver Oscar Owen Patrick Paul Pedro Peter Philip Phil Pierre Ralph Raymond Richard
    Robert Roger Ronald Rory Roy Rupert Russell Ryan Samuel Scott Sean Sebastian Sergei
    Simon Stanley Stephen Steve Steven Stuart Terence Terry Thomas Timothy Tim Tom Tony
    Trevor Victor Vincent Vladimir Walter Wayne William Yusuf Doug Ned Ted Dave Pete Rob Dan
    Matt Jon Josh Luke Jake Nathan Ethan Kyle Tyler Brandon Jose Ali Omar Hassan Ahmad Hamid
    Abdul Ibrahim Khalid Mustafa Rahul Sanjay Vijay Raj Hans Jurgen Klaus Dmitry Alexei Mikhail
    """.split()  # noqa: SIM905 - a readable block of names
)
