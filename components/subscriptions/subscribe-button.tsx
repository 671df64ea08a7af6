import { SubmitButton } from "@/components/ui/submit-button";

type Props = { subscribed: boolean; action: () => Promise<void>; label?: string };

// A one-button form: works without JavaScript; the page re-renders with the new state.
export function SubscribeButton({ subscribed, action, label }: Props) {
  return (
    <form action={action}>
      <SubmitButton className={subscribed ? "!bg-stone-600" : ""}>
        {subscribed ? "Unsubscribe" : "Subscribe"}
        {label && <span className="sr-only"> {label}</span>}
      </SubmitButton>
    </form>
  );
}
