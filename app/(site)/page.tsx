import Link from 'next/link';
import { ArticleMeta } from '@/components/articles/ArticleList';
import { listArticles } from '@/lib/articles/content';
import { approvedCommentCounts } from '@/lib/comments/queries';
import { site } from '@/lib/site';

const STEPS = [
  {
    title: 'Find common ground',
    text: 'Browse profiles of people inside who want a pen pal: their interests, what they are looking for, and when the profile was last verified.',
  },
  {
    title: 'Write here',
    text: 'Write your letter on this site. Drafts save as you go, and you can see where each letter is at every step.',
  },
  {
    title: 'We screen and post it',
    text: 'Our volunteers read every letter for safety, print it and post it with the program’s return address. Your home address is never shared.',
  },
  { title: 'Read the reply', text: 'Replies come back to us by post. We add them to your thread and let you know.' },
];

export default async function HomePage() {
  const latest = listArticles().slice(0, 3);
  const counts = await approvedCommentCounts();
  return (
    <div className="space-y-16">
      <section className="grid items-center gap-8 md:grid-cols-[3fr_2fr]">
        <div>
          <h1 className="text-4xl font-bold leading-tight sm:text-5xl">
            A letter can reach where the internet can&apos;t.
          </h1>
          <p className="mt-5 text-lg text-gray-800">{site.description}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/profiles" className="btn-primary">
              Find a pen pal
            </Link>
            <Link href="/articles/how-to-write-your-first-letter" className="btn-secondary">
              How to write a first letter
            </Link>
          </div>
        </div>
        <div className="rounded-xl bg-brand-700 p-6 text-cream shadow-md">
          <p className="font-serif text-xl">
            &ldquo;Mail call is the best part of the week. Someone out there took the time.&rdquo;
          </p>
          <p className="mt-3 text-sm text-brand-100">The kind of thing pen pals hear back, again and again.</p>
        </div>
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="text-3xl font-bold">
          How it works
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {STEPS.map((step, i) => (
            <li key={step.title} className="card">
              <span
                className="flex size-9 items-center justify-center rounded-full bg-amber font-bold text-ink"
                aria-hidden="true"
              >
                {i + 1}
              </span>
              <h3 className="mt-3 text-lg font-bold">{step.title}</h3>
              <p className="mt-2 text-gray-800">{step.text}</p>
            </li>
          ))}
        </ol>
        <p className="mt-6">
          Families and advocates can also <Link href="/profiles/submit">submit a profile for someone inside</Link>. Read
          our <Link href="/safety">safety rules</Link> before you write.
        </p>
      </section>

      <section aria-labelledby="latest-heading">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="latest-heading" className="text-3xl font-bold">
            From the blog
          </h2>
          <Link href="/articles">All articles</Link>
        </div>
        <ul className="mt-6 grid gap-4 md:grid-cols-3">
          {latest.map((article) => (
            <li key={article.slug} className="card">
              <h3 className="text-xl font-bold">
                <Link href={`/articles/${article.slug}`} className="text-ink no-underline hover:underline">
                  {article.title}
                </Link>
              </h3>
              <ArticleMeta article={article} comments={counts.get(article.slug) ?? 0} />
              <p className="mt-2 text-gray-800">{article.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
