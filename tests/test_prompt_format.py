"""format_prompt: the gpt4free rule DarkAI expects, from llm's message chain."""

import llm
from llm.parts import assistant, system, user

from llm_darkai import format_prompt


def test_one_message_is_sent_as_its_text():
    assert format_prompt([user("Tell me a joke.")]) == "Tell me a joke."


def test_one_message_keeps_its_newlines_and_spaces():
    assert format_prompt([user("  line one\nline two  ")]) == "  line one\nline two  "


def test_system_and_user_become_role_lines():
    messages = [system("Be brief."), user("hi")]
    assert format_prompt(messages) == "System: Be brief.\nUser: hi\nAssistant:"


def test_a_conversation_becomes_role_lines_ending_in_assistant():
    messages = [user("hi"), assistant("hello"), user("again")]
    assert (
        format_prompt(messages) == "User: hi\nAssistant: hello\nUser: again\nAssistant:"
    )


def test_text_parts_of_one_message_are_joined():
    assert format_prompt([user("a", "b"), user("c")]) == "User: ab\nUser: c\nAssistant:"


def test_the_chain_comes_from_prompt_messages():
    model = llm.get_model("darkai")
    prompt = llm.Prompt("hi", model, system="Be brief.")
    assert format_prompt(prompt.messages) == "System: Be brief.\nUser: hi\nAssistant:"
