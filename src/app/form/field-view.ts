/** The translated texts and state of one field, as the field components render them. */
export interface FieldView {
  /** The field's name in the form definition; element ids derive from it. */
  name: string;
  label: string;
  hint?: string;
  /** Whether the field is required with the current answers. */
  required: boolean;
  errorMessage?: string;
  /** Personal data: speech guidance withholds the value unless the visitor wears headphones. */
  personal?: boolean;
  /** Sign-language topic of the field (`field.<formId>.<field>`), set on its wrapper. */
  signTopic?: string;
  /** Sign-language topic of the field's current error (`error.<formId>.<field>.<code>`). */
  signErrorTopic?: string;
}

/** One radio, checkbox or select option with its translated texts. */
export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}
